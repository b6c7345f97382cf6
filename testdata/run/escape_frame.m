escape_frame.go:16:50: ... argument does not escape
escape_frame.go:16:52: t[0] escapes to heap
escape_frame.go:16:57: "/" escapes to heap
escape_frame.go:16:63: t[1] escapes to heap
escape_frame.go:16:68: "/" escapes to heap
escape_frame.go:16:74: t[2] escapes to heap
escape_frame.go:19:12: f does not escape
escape_frame.go:22:15: leaking param: s
escape_frame.go:25:12: xs does not escape
escape_frame.go:34:15: p does not escape
escape_frame.go:39:11: new(point) does not escape
escape_frame.go:40:8: &point{...} does not escape
escape_frame.go:41:12: make([]int, 3) does not escape
escape_frame.go:42:12: ... argument does not escape
escape_frame.go:42:21: sumPoint(p) escapes to heap
escape_frame.go:42:34: sumPoint(q) escapes to heap
escape_frame.go:42:48: b[0] + b[1] + b[2] escapes to heap
escape_frame.go:42:55: " " escapes to heap
escape_frame.go:54:13: append escapes to heap
escape_frame.go:55:13: append escapes to heap
escape_frame.go:56:12: ... argument does not escape
escape_frame.go:56:13: s escapes to heap
escape_frame.go:56:16: " " escapes to heap
escape_frame.go:65:7: func literal does not escape
escape_frame.go:73:12: ... argument does not escape
escape_frame.go:73:18: apply(func literal, 100) escapes to heap
escape_frame.go:73:19: func literal does not escape
escape_frame.go:73:59: " " escapes to heap
escape_frame.go:81:7: func literal does not escape
escape_frame.go:101:8: func literal does not escape
escape_frame.go:103:8: func literal does not escape
escape_frame.go:111:12: ... argument does not escape
escape_frame.go:111:21: describe(t) escapes to heap
escape_frame.go:111:22: t escapes to heap
escape_frame.go:111:26: " " escapes to heap
escape_frame.go:119:12: ... argument does not escape
escape_frame.go:119:18: total(... argument...) escapes to heap
escape_frame.go:119:18: ... argument does not escape
escape_frame.go:119:29: " " escapes to heap
escape_frame.go:121:13: ... argument does not escape
escape_frame.go:121:19: total(nil...) escapes to heap
escape_frame.go:127:11: func literal does not escape
escape_frame.go:128:12: func literal does not escape
escape_frame.go:129:16: func literal does not escape
escape_frame.go:135:18: leaking param: s
escape_frame.go:136:14: ([]byte)(s) does not escape
escape_frame.go:138:14: ([]rune)(s) does not escape
escape_frame.go:140:13: ... argument does not escape
escape_frame.go:140:20: string(b) escapes to heap
escape_frame.go:140:21: string(b) escapes to heap
escape_frame.go:140:31: string(r) escapes to heap
escape_frame.go:140:32: string(r) escapes to heap
escape_frame.go:140:36: s escapes to heap
escape_frame.go:140:42: len(b) escapes to heap
escape_frame.go:140:50: len(r) escapes to heap
escape_frame.go:146:13: ... argument does not escape
escape_frame.go:146:21: byValue(3) escapes to heap
escape_frame.go:146:37: byReference() escapes to heap
escape_frame.go:148:13: ... argument does not escape
escape_frame.go:148:13: .autotmp_0 escapes to heap
escape_frame.go:148:13: .autotmp_1 escapes to heap
escape_frame.go:149:13: ... argument does not escape
escape_frame.go:149:22: deferred(7) escapes to heap
escape_frame.go:152:13: ... argument does not escape
escape_frame.go:152:20: nested(4) escapes to heap
