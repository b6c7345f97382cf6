godefer_call_forms.go:16:14: leaking param: tag
godefer_call_forms.go:16:40: ... argument does not escape
godefer_call_forms.go:16:41: "V" escapes to heap
godefer_call_forms.go:16:46: tag escapes to heap
godefer_call_forms.go:16:52: t.n escapes to heap
godefer_call_forms.go:17:7: t does not escape
godefer_call_forms.go:17:15: leaking param: tag
godefer_call_forms.go:17:40: ... argument does not escape
godefer_call_forms.go:17:41: "P" escapes to heap
godefer_call_forms.go:17:46: tag escapes to heap
godefer_call_forms.go:17:52: t.n escapes to heap
godefer_call_forms.go:26:14: leaking param: tag
godefer_call_forms.go:26:39: ... argument does not escape
godefer_call_forms.go:26:40: "W" escapes to heap
godefer_call_forms.go:26:45: tag escapes to heap
godefer_call_forms.go:26:51: u.k escapes to heap
godefer_call_forms.go:28:15: leaking param: wg
godefer_call_forms.go:28:35: leaking param: tag
godefer_call_forms.go:30:13: ... argument does not escape
godefer_call_forms.go:30:14: "WG" escapes to heap
godefer_call_forms.go:30:20: tag escapes to heap
godefer_call_forms.go:30:26: u.k escapes to heap
godefer_call_forms.go:33:14: leaking param: wg
godefer_call_forms.go:33:34: leaking param: tag
godefer_call_forms.go:35:13: ... argument does not escape
godefer_call_forms.go:35:14: "G" escapes to heap
godefer_call_forms.go:35:19: tag escapes to heap
godefer_call_forms.go:35:25: t.n escapes to heap
godefer_call_forms.go:38:7: t does not escape
godefer_call_forms.go:38:16: leaking param: wg
godefer_call_forms.go:38:36: leaking param: tag
godefer_call_forms.go:40:13: ... argument does not escape
godefer_call_forms.go:40:14: "PG" escapes to heap
godefer_call_forms.go:40:20: tag escapes to heap
godefer_call_forms.go:40:26: t.n escapes to heap
godefer_call_forms.go:43:20: leaking param: wg
godefer_call_forms.go:43:40: leaking param: tag
godefer_call_forms.go:45:13: ... argument does not escape
godefer_call_forms.go:45:14: "IG" escapes to heap
godefer_call_forms.go:45:20: tag escapes to heap
godefer_call_forms.go:45:27: in.m escapes to heap
godefer_call_forms.go:56:20: leaking param: tag
godefer_call_forms.go:56:45: ... argument does not escape
godefer_call_forms.go:56:46: "IV" escapes to heap
godefer_call_forms.go:56:52: tag escapes to heap
godefer_call_forms.go:56:59: in.m escapes to heap
godefer_call_forms.go:60:10: leaking param: tag
godefer_call_forms.go:60:22: xs does not escape
godefer_call_forms.go:65:13: ... argument does not escape
godefer_call_forms.go:65:14: "sum" escapes to heap
godefer_call_forms.go:65:21: tag escapes to heap
godefer_call_forms.go:65:29: len(xs) escapes to heap
godefer_call_forms.go:65:35: s escapes to heap
godefer_call_forms.go:65:41: xs == nil escapes to heap
godefer_call_forms.go:68:12: leaking param: tag
godefer_call_forms.go:70:14: leaking param: s
godefer_call_forms.go:69:13: ... argument does not escape
godefer_call_forms.go:69:14: "maker" escapes to heap
godefer_call_forms.go:69:23: tag escapes to heap
godefer_call_forms.go:70:9: func literal escapes to heap
godefer_call_forms.go:70:37: ... argument does not escape
godefer_call_forms.go:70:38: "made" escapes to heap
godefer_call_forms.go:70:46: tag escapes to heap
godefer_call_forms.go:70:51: s escapes to heap
godefer_call_forms.go:91:20: leaking param: s
godefer_call_forms.go:91:43: ... argument does not escape
godefer_call_forms.go:91:44: "literal" escapes to heap
godefer_call_forms.go:91:55: a escapes to heap
godefer_call_forms.go:91:58: s escapes to heap
godefer_call_forms.go:92:21: leaking param: s
godefer_call_forms.go:92:51: ... argument does not escape
godefer_call_forms.go:92:52: "handler" escapes to heap
godefer_call_forms.go:92:63: s escapes to heap
godefer_call_forms.go:92:66: a escapes to heap
godefer_call_forms.go:77:7: &T{...} does not escape
godefer_call_forms.go:78:19: &Inner{...} escapes to heap
godefer_call_forms.go:78:31: U{...} escapes to heap
godefer_call_forms.go:90:17: U{...} escapes to heap
godefer_call_forms.go:91:8: func literal does not escape
godefer_call_forms.go:92:16: func literal does not escape
godefer_call_forms.go:94:13: []int{...} does not escape
godefer_call_forms.go:96:11: ... argument does not escape
godefer_call_forms.go:99:13: U{...} escapes to heap
godefer_call_forms.go:101:13: ... argument does not escape
godefer_call_forms.go:101:14: "body done" escapes to heap
godefer_call_forms.go:108:14: leaking param: f
godefer_call_forms.go:110:6: func literal escapes to heap
godefer_call_forms.go:134:26: ... argument does not escape
godefer_call_forms.go:134:27: "run" escapes to heap
godefer_call_forms.go:117:10: leaking param: tag
godefer_call_forms.go:123:15: leaking param: f
godefer_call_forms.go:123:31: leaking param: tag
godefer_call_forms.go:161:16: xs does not escape
godefer_call_forms.go:105:2: moved to heap: t
godefer_call_forms.go:106:7: &T{...} escapes to heap
godefer_call_forms.go:107:19: &Inner{...} escapes to heap
godefer_call_forms.go:107:31: U{...} escapes to heap
godefer_call_forms.go:108:9: func literal does not escape
godefer_call_forms.go:117:5: func literal escapes to heap
godefer_call_forms.go:123:10: func literal does not escape
godefer_call_forms.go:124:6: func literal escapes to heap
godefer_call_forms.go:130:8: t.V escapes to heap
godefer_call_forms.go:131:8: p.P escapes to heap
godefer_call_forms.go:132:8: o.Inner.IV escapes to heap
godefer_call_forms.go:133:8: o.Named.W escapes to heap
godefer_call_forms.go:134:6: func literal escapes to heap
godefer_call_forms.go:135:12: func literal does not escape
godefer_call_forms.go:137:38: &T{...} escapes to heap
godefer_call_forms.go:138:14: U{...} escapes to heap
godefer_call_forms.go:161:11: func literal escapes to heap
godefer_call_forms.go:168:10: ... argument does not escape
godefer_call_forms.go:170:13: ... argument does not escape
godefer_call_forms.go:170:14: "total" escapes to heap
godefer_call_forms.go:170:23: <-fin escapes to heap
godefer_call_forms.go:171:13: []int{...} escapes to heap
godefer_call_forms.go:173:13: ... argument does not escape
godefer_call_forms.go:173:14: "total spread" escapes to heap
godefer_call_forms.go:173:30: <-fin escapes to heap
godefer_call_forms.go:177:28: ... argument does not escape
godefer_call_forms.go:177:29: "recovered at the statement:" escapes to heap
godefer_call_forms.go:177:70: (recover()) != nil escapes to heap
godefer_call_forms.go:177:8: func literal does not escape
godefer_call_forms.go:180:20: "deferred before the panic" escapes to heap
godefer_call_forms.go:180:19: ... argument does not escape
godefer_call_forms.go:182:13: ... argument does not escape
godefer_call_forms.go:182:14: "not reached" escapes to heap
godefer_call_forms.go:186:28: ... argument does not escape
godefer_call_forms.go:186:29: "recovered embedded:" escapes to heap
godefer_call_forms.go:186:62: (recover()) != nil escapes to heap
godefer_call_forms.go:186:8: func literal does not escape
godefer_call_forms.go:189:13: ... argument does not escape
godefer_call_forms.go:189:14: "not reached" escapes to heap
