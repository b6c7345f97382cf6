fmt_float_formats.go:6:19: []float64{...} does not escape
fmt_float_formats.go:12:13: ... argument does not escape
fmt_float_formats.go:12:49: v escapes to heap
fmt_float_formats.go:12:52: v escapes to heap
fmt_float_formats.go:12:55: v escapes to heap
fmt_float_formats.go:12:58: v escapes to heap
fmt_float_formats.go:12:61: v escapes to heap
fmt_float_formats.go:12:64: v escapes to heap
fmt_float_formats.go:12:67: v escapes to heap
fmt_float_formats.go:12:70: v escapes to heap
fmt_float_formats.go:14:19: []float32{...} does not escape
fmt_float_formats.go:16:13: ... argument does not escape
fmt_float_formats.go:16:33: v escapes to heap
fmt_float_formats.go:16:36: v escapes to heap
fmt_float_formats.go:16:39: v escapes to heap
fmt_float_formats.go:16:42: v escapes to heap
fmt_float_formats.go:17:14: ... argument does not escape
fmt_float_formats.go:17:15: v escapes to heap
fmt_float_formats.go:17:25: float64(v) escapes to heap
fmt_float_formats.go:19:12: ... argument does not escape
fmt_float_formats.go:19:63: 3.14159 escapes to heap
fmt_float_formats.go:19:72: 31415.9 escapes to heap
fmt_float_formats.go:19:81: 2.5 escapes to heap
fmt_float_formats.go:19:86: 2.5 escapes to heap
fmt_float_formats.go:19:91: -3.14159 escapes to heap
fmt_float_formats.go:20:13: ... argument does not escape
fmt_float_formats.go:20:24: fmt.Sprint(... argument...) escapes to heap
fmt_float_formats.go:20:24: ... argument does not escape
fmt_float_formats.go:20:25: 1e+100 escapes to heap
fmt_float_formats.go:20:43: fmt.Sprint(... argument...) escapes to heap
fmt_float_formats.go:20:43: ... argument does not escape
fmt_float_formats.go:20:51: float32(1e+10) escapes to heap
fmt_float_formats.go:20:71: fmt.Sprintf("%.0f", ... argument...) escapes to heap
fmt_float_formats.go:20:71: ... argument does not escape
fmt_float_formats.go:20:80: 0.5 escapes to heap
fmt_float_formats.go:20:97: fmt.Sprintf("%.0f", ... argument...) escapes to heap
fmt_float_formats.go:20:97: ... argument does not escape
fmt_float_formats.go:20:106: 1.5 escapes to heap
fmt_float_formats.go:20:123: fmt.Sprintf("%.0f", ... argument...) escapes to heap
fmt_float_formats.go:20:123: ... argument does not escape
fmt_float_formats.go:20:132: 2.5 escapes to heap
