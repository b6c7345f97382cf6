package badhdr

import fmt
