fmt_formatter.go:13:22: leaking param: f
fmt_formatter.go:17:33: string(c) escapes to heap
fmt_formatter.go:17:18: append does not escape
fmt_formatter.go:22:13: ... argument does not escape
fmt_formatter.go:22:51: verb escapes to heap
fmt_formatter.go:22:69: strings.Join(flags, "") escapes to heap
fmt_formatter.go:22:82: w escapes to heap
fmt_formatter.go:22:85: wok escapes to heap
fmt_formatter.go:22:90: p escapes to heap
fmt_formatter.go:22:93: pok escapes to heap
fmt_formatter.go:22:105: float64(t) escapes to heap
fmt_formatter.go:27:7: h does not escape
fmt_formatter.go:27:21: leaking param: f
fmt_formatter.go:30:19: ([]byte)(":") escapes to heap
fmt_formatter.go:32:14: ... argument does not escape
fmt_formatter.go:32:26: b escapes to heap
fmt_formatter.go:38:19: leaking param: f
fmt_formatter.go:39:17: ([]byte)("partial") escapes to heap
fmt_formatter.go:40:8: "format failed" escapes to heap
fmt_formatter.go:45:12: ... argument does not escape
fmt_formatter.go:45:42: Temp(21.5) escapes to heap
fmt_formatter.go:45:45: Temp(21.5) escapes to heap
fmt_formatter.go:45:48: Temp(21.5) escapes to heap
fmt_formatter.go:45:51: Temp(21.5) escapes to heap
fmt_formatter.go:45:54: Temp(21.5) escapes to heap
fmt_formatter.go:46:13: ... argument does not escape
fmt_formatter.go:46:14: Temp(21.5) escapes to heap
fmt_formatter.go:46:17: "and" escapes to heap
fmt_formatter.go:46:28: Temp(-3) escapes to heap
fmt_formatter.go:47:12: ... argument does not escape
fmt_formatter.go:47:22: Temp(21.5) escapes to heap
fmt_formatter.go:48:12: ... argument does not escape
fmt_formatter.go:48:28: Hex{...} escapes to heap
fmt_formatter.go:48:28: Hex{...} escapes to heap
fmt_formatter.go:48:48: Hex{...} escapes to heap
fmt_formatter.go:48:48: Hex{...} escapes to heap
fmt_formatter.go:49:13: ... argument does not escape
fmt_formatter.go:49:20: []Temp{...} escapes to heap
fmt_formatter.go:49:20: []Temp{...} escapes to heap
fmt_formatter.go:50:12: ... argument does not escape
fmt_formatter.go:50:37: struct { T Temp }{...} escapes to heap
fmt_formatter.go:51:13: ... argument does not escape
fmt_formatter.go:51:17: Bad{} escapes to heap
fmt_formatter.go:52:13: ... argument does not escape
fmt_formatter.go:52:25: fmt.Sprintf("%6.2v", ... argument...) escapes to heap
fmt_formatter.go:52:25: ... argument does not escape
fmt_formatter.go:52:35: Temp(21.5) escapes to heap
