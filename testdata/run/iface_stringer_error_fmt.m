iface_stringer_error_fmt.go:10:51: ... argument does not escape
iface_stringer_error_fmt.go:10:70: float64(t) escapes to heap
iface_stringer_error_fmt.go:19:7: p does not escape
iface_stringer_error_fmt.go:19:58: ... argument does not escape
iface_stringer_error_fmt.go:19:59: "ptr#" escapes to heap
iface_stringer_error_fmt.go:19:68: p.n escapes to heap
iface_stringer_error_fmt.go:27:2: moved to heap: v
iface_stringer_error_fmt.go:23:13: ... argument does not escape
iface_stringer_error_fmt.go:23:14: Temp(21.55) escapes to heap
iface_stringer_error_fmt.go:24:12: ... argument does not escape
iface_stringer_error_fmt.go:24:32: Temp(21.55) escapes to heap
iface_stringer_error_fmt.go:24:35: Temp(21.55) escapes to heap
iface_stringer_error_fmt.go:24:38: 3 escapes to heap
iface_stringer_error_fmt.go:24:41: Temp(21.55) escapes to heap
iface_stringer_error_fmt.go:25:13: ... argument does not escape
iface_stringer_error_fmt.go:25:18: Both{} escapes to heap
iface_stringer_error_fmt.go:26:13: ... argument does not escape
iface_stringer_error_fmt.go:26:20: []Temp{...} escapes to heap
iface_stringer_error_fmt.go:26:20: []Temp{...} escapes to heap
iface_stringer_error_fmt.go:28:13: ... argument does not escape
iface_stringer_error_fmt.go:28:14: v escapes to heap
iface_stringer_error_fmt.go:30:12: ... argument does not escape
iface_stringer_error_fmt.go:31:13: ... argument does not escape
iface_stringer_error_fmt.go:31:30: struct { T Temp }{...} escapes to heap
