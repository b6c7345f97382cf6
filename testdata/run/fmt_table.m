fmt_table.go:21:54: ... argument does not escape
fmt_table.go:21:71: float64(c) escapes to heap
fmt_table.go:31:17: []any{...} does not escape
fmt_table.go:32:3: 0 escapes to heap
fmt_table.go:32:6: -42 escapes to heap
fmt_table.go:32:11: 255 escapes to heap
fmt_table.go:32:20: int8(-128) escapes to heap
fmt_table.go:32:33: uint8(200) escapes to heap
fmt_table.go:32:45: int64(-9223372036854775808) escapes to heap
fmt_table.go:32:68: uint64(18446744073709551615) escapes to heap
fmt_table.go:33:3: 3.14159 escapes to heap
fmt_table.go:33:12: 0 escapes to heap
fmt_table.go:33:18: 1e+21 escapes to heap
fmt_table.go:33:24: 1e-07 escapes to heap
fmt_table.go:33:38: math.NaN() escapes to heap
fmt_table.go:33:50: math.Inf(-1) escapes to heap
fmt_table.go:33:63: float32(0.1) escapes to heap
fmt_table.go:34:3: "hi" escapes to heap
fmt_table.go:34:9: "" escapes to heap
fmt_table.go:34:13: "héllo\n\"q\"" escapes to heap
fmt_table.go:34:30: 'x' escapes to heap
fmt_table.go:34:35: true escapes to heap
fmt_table.go:35:13: []int{...} escapes to heap
fmt_table.go:35:13: []int{...} escapes to heap
fmt_table.go:35:28: ([]byte)("ab") escapes to heap
fmt_table.go:35:29: ([]byte)("ab") escapes to heap
fmt_table.go:35:45: [2]string{...} escapes to heap
fmt_table.go:35:65: ([]string)(nil) escapes to heap
fmt_table.go:36:5: Pt{...} escapes to heap
fmt_table.go:36:14: &Pt{...} escapes to heap
fmt_table.go:36:30: Named{...} escapes to heap
fmt_table.go:36:44: []string{...} escapes to heap
fmt_table.go:36:62: Named{...} escapes to heap
fmt_table.go:36:76: []string{} escapes to heap
fmt_table.go:37:17: map[string]int{...} escapes to heap
fmt_table.go:37:62: Celsius(21.5) escapes to heap
fmt_table.go:37:70: Level(1) escapes to heap
fmt_table.go:38:10: (1 + -2i) escapes to heap
fmt_table.go:38:27: struct {}{} escapes to heap
fmt_table.go:38:36: []any{...} escapes to heap
fmt_table.go:38:36: []any{...} escapes to heap
fmt_table.go:38:37: 1 escapes to heap
fmt_table.go:38:40: "a" escapes to heap
fmt_table.go:40:19: []string{...} does not escape
fmt_table.go:47:14: ... argument does not escape
fmt_table.go:47:29: verb escapes to heap
fmt_table.go:47:35: i escapes to heap
fmt_table.go:48:14: ... argument does not escape
fmt_table.go:53:12: ... argument does not escape
fmt_table.go:53:46: 5 escapes to heap
fmt_table.go:53:49: 42 escapes to heap
fmt_table.go:53:53: 4 escapes to heap
fmt_table.go:53:56: 7 escapes to heap
fmt_table.go:53:59: 2 escapes to heap
fmt_table.go:53:66: 3.14159 escapes to heap
fmt_table.go:53:71: 8 escapes to heap
fmt_table.go:53:74: 3 escapes to heap
fmt_table.go:53:81: 2.71828 escapes to heap
fmt_table.go:54:12: ... argument does not escape
fmt_table.go:54:33: 1 escapes to heap
fmt_table.go:54:36: 2 escapes to heap
fmt_table.go:55:12: ... argument does not escape
fmt_table.go:55:24: 1 escapes to heap
fmt_table.go:56:12: ... argument does not escape
fmt_table.go:56:21: 1 escapes to heap
fmt_table.go:56:24: 2 escapes to heap
fmt_table.go:58:12: ... argument does not escape
fmt_table.go:58:25: 3 escapes to heap
fmt_table.go:58:28: "s" escapes to heap
fmt_table.go:60:12: ... argument does not escape
fmt_table.go:60:24: 5 escapes to heap
fmt_table.go:60:27: "s" escapes to heap
