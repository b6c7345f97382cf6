fmt_println_print.go:6:13: ... argument does not escape
fmt_println_print.go:6:14: "a" escapes to heap
fmt_println_print.go:6:19: 1 escapes to heap
fmt_println_print.go:6:22: 2.5 escapes to heap
fmt_println_print.go:6:27: true escapes to heap
fmt_println_print.go:6:33: 'x' escapes to heap
fmt_println_print.go:6:38: "b" escapes to heap
fmt_println_print.go:8:11: ... argument does not escape
fmt_println_print.go:8:12: "a" escapes to heap
fmt_println_print.go:8:17: "b" escapes to heap
fmt_println_print.go:8:22: 1 escapes to heap
fmt_println_print.go:8:25: 2 escapes to heap
fmt_println_print.go:8:28: "c" escapes to heap
fmt_println_print.go:8:33: 3 escapes to heap
fmt_println_print.go:8:38: false escapes to heap
fmt_println_print.go:8:45: "\n" escapes to heap
fmt_println_print.go:9:11: ... argument does not escape
fmt_println_print.go:9:12: 1 escapes to heap
fmt_println_print.go:9:15: 2 escapes to heap
fmt_println_print.go:9:18: 3 escapes to heap
fmt_println_print.go:9:21: "\n" escapes to heap
fmt_println_print.go:10:11: ... argument does not escape
fmt_println_print.go:10:12: "x" escapes to heap
fmt_println_print.go:10:17: 1 escapes to heap
fmt_println_print.go:10:20: "\n" escapes to heap
fmt_println_print.go:11:23: ... argument does not escape
fmt_println_print.go:11:24: "counted" escapes to heap
fmt_println_print.go:12:13: ... argument does not escape
fmt_println_print.go:12:14: n escapes to heap
fmt_println_print.go:12:21: err == nil escapes to heap
fmt_println_print.go:13:13: ... argument does not escape
fmt_println_print.go:13:19: []int{...} escapes to heap
fmt_println_print.go:13:19: []int{...} escapes to heap
fmt_println_print.go:13:34: [2]bool{...} escapes to heap
fmt_println_print.go:13:50: []string{...} escapes to heap
fmt_println_print.go:13:50: []string{...} escapes to heap
fmt_println_print.go:13:71: []float64{...} escapes to heap
fmt_println_print.go:13:71: []float64{...} escapes to heap
fmt_println_print.go:15:13: ... argument does not escape
fmt_println_print.go:15:14: nilSlice escapes to heap
fmt_println_print.go:15:27: len(nilSlice) escapes to heap
fmt_println_print.go:21:13: ... argument does not escape
fmt_println_print.go:21:15: P{...} escapes to heap
fmt_println_print.go:21:29: []int{...} escapes to heap
fmt_println_print.go:21:35: &P{...} escapes to heap
fmt_println_print.go:22:13: ... argument does not escape
fmt_println_print.go:22:18: int8(-5) escapes to heap
fmt_println_print.go:22:30: uint64(18446744073709551615) escapes to heap
fmt_println_print.go:22:61: uintptr(7) escapes to heap
fmt_println_print.go:24:13: ... argument does not escape
fmt_println_print.go:25:13: ... argument does not escape
fmt_println_print.go:25:20: ([]byte)("hi") escapes to heap
fmt_println_print.go:25:21: ([]byte)("hi") escapes to heap
fmt_println_print.go:25:34: []rune{...} escapes to heap
fmt_println_print.go:25:35: []rune{...} escapes to heap
