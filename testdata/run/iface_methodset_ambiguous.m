iface_methodset_ambiguous.go:82:12: leaking param: name
iface_methodset_ambiguous.go:82:25: v does not escape
iface_methodset_ambiguous.go:88:13: ... argument does not escape
iface_methodset_ambiguous.go:88:14: name escapes to heap
iface_methodset_ambiguous.go:88:20: "Stringer" escapes to heap
iface_methodset_ambiguous.go:88:32: s escapes to heap
iface_methodset_ambiguous.go:88:35: "M" escapes to heap
iface_methodset_ambiguous.go:88:40: m escapes to heap
iface_methodset_ambiguous.go:88:43: "MN" escapes to heap
iface_methodset_ambiguous.go:88:49: mn escapes to heap
iface_methodset_ambiguous.go:88:53: "N" escapes to heap
iface_methodset_ambiguous.go:88:58: n escapes to heap
iface_methodset_ambiguous.go:88:61: "error" escapes to heap
iface_methodset_ambiguous.go:88:70: e escapes to heap
iface_methodset_ambiguous.go:91:14: ... argument does not escape
iface_methodset_ambiguous.go:91:15: "  switch: Stringer" escapes to heap
iface_methodset_ambiguous.go:93:14: ... argument does not escape
iface_methodset_ambiguous.go:93:15: "  switch: Ms" escapes to heap
iface_methodset_ambiguous.go:95:14: ... argument does not escape
iface_methodset_ambiguous.go:95:15: "  switch: error" escapes to heap
iface_methodset_ambiguous.go:97:14: ... argument does not escape
iface_methodset_ambiguous.go:97:15: "  switch: default" escapes to heap
iface_methodset_ambiguous.go:130:14: ... argument does not escape
iface_methodset_ambiguous.go:130:15: "recovered:" escapes to heap
iface_methodset_ambiguous.go:102:14: C{...} does not escape
iface_methodset_ambiguous.go:103:14: &C{} does not escape
iface_methodset_ambiguous.go:104:14: D{} does not escape
iface_methodset_ambiguous.go:105:14: E{} does not escape
iface_methodset_ambiguous.go:106:14: F{} does not escape
iface_methodset_ambiguous.go:107:14: H{} does not escape
iface_methodset_ambiguous.go:108:14: Z{} does not escape
iface_methodset_ambiguous.go:109:20: Errs{} does not escape
iface_methodset_ambiguous.go:113:3: struct { A; B }{} does not escape
iface_methodset_ambiguous.go:114:32: struct { A }{} does not escape
iface_methodset_ambiguous.go:116:13: ... argument does not escape
iface_methodset_ambiguous.go:116:15: C{...} escapes to heap
iface_methodset_ambiguous.go:117:12: ... argument does not escape
iface_methodset_ambiguous.go:117:29: C{...} escapes to heap
iface_methodset_ambiguous.go:117:38: C{...} escapes to heap
iface_methodset_ambiguous.go:117:47: C{...} escapes to heap
iface_methodset_ambiguous.go:118:13: ... argument does not escape
iface_methodset_ambiguous.go:118:14: &C{...} escapes to heap
iface_methodset_ambiguous.go:119:13: ... argument does not escape
iface_methodset_ambiguous.go:119:15: D{...} escapes to heap
iface_methodset_ambiguous.go:120:13: ... argument does not escape
iface_methodset_ambiguous.go:120:15: E{} escapes to heap
iface_methodset_ambiguous.go:120:20: F{} escapes to heap
iface_methodset_ambiguous.go:120:25: H{...} escapes to heap
iface_methodset_ambiguous.go:120:39: Z{} escapes to heap
iface_methodset_ambiguous.go:121:13: ... argument does not escape
iface_methodset_ambiguous.go:121:18: Errs{} escapes to heap
iface_methodset_ambiguous.go:122:13: ... argument does not escape
iface_methodset_ambiguous.go:122:25: struct { A }{} escapes to heap
iface_methodset_ambiguous.go:125:3: struct { A; B }{} escapes to heap
iface_methodset_ambiguous.go:126:22: ErrA{} escapes to heap
iface_methodset_ambiguous.go:127:13: ... argument does not escape
iface_methodset_ambiguous.go:127:23: errors.Is(err, ErrA{}) escapes to heap
iface_methodset_ambiguous.go:127:33: ErrA{} escapes to heap
iface_methodset_ambiguous.go:128:8: func literal does not escape
iface_methodset_ambiguous.go:132:15: C{} does not escape
