//! fmt (in progress)
