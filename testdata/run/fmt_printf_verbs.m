fmt_printf_verbs.go:6:12: ... argument does not escape
fmt_printf_verbs.go:6:30: 42 escapes to heap
fmt_printf_verbs.go:6:34: 42 escapes to heap
fmt_printf_verbs.go:6:38: "str" escapes to heap
fmt_printf_verbs.go:6:45: "quo\"ted" escapes to heap
fmt_printf_verbs.go:7:12: ... argument does not escape
fmt_printf_verbs.go:7:30: 255 escapes to heap
fmt_printf_verbs.go:7:35: 255 escapes to heap
fmt_printf_verbs.go:7:40: "hi" escapes to heap
fmt_printf_verbs.go:7:46: -255 escapes to heap
fmt_printf_verbs.go:8:12: ... argument does not escape
fmt_printf_verbs.go:8:30: 'A' escapes to heap
fmt_printf_verbs.go:8:35: 19990 escapes to heap
fmt_printf_verbs.go:8:43: 'x' escapes to heap
fmt_printf_verbs.go:8:48: 128512 escapes to heap
fmt_printf_verbs.go:9:12: ... argument does not escape
fmt_printf_verbs.go:9:24: true escapes to heap
fmt_printf_verbs.go:9:30: false escapes to heap
fmt_printf_verbs.go:10:12: ... argument does not escape
fmt_printf_verbs.go:10:43: 3.14159 escapes to heap
fmt_printf_verbs.go:10:52: 3.14159 escapes to heap
fmt_printf_verbs.go:10:61: 2.5 escapes to heap
fmt_printf_verbs.go:10:66: 123456.789 escapes to heap
fmt_printf_verbs.go:10:78: 0.000123 escapes to heap
fmt_printf_verbs.go:10:88: 1e+21 escapes to heap
fmt_printf_verbs.go:10:94: 1e-07 escapes to heap
fmt_printf_verbs.go:11:12: ... argument does not escape
fmt_printf_verbs.go:11:36: 1 escapes to heap
fmt_printf_verbs.go:11:39: "s" escapes to heap
fmt_printf_verbs.go:11:44: 2 escapes to heap
fmt_printf_verbs.go:11:49: true escapes to heap
fmt_printf_verbs.go:11:60: []int{} escapes to heap
fmt_printf_verbs.go:11:60: []int{} escapes to heap
fmt_printf_verbs.go:11:73: [2]string{} escapes to heap
fmt_printf_verbs.go:12:12: ... argument does not escape
fmt_printf_verbs.go:12:34: int8(1) escapes to heap
fmt_printf_verbs.go:12:45: uint16(2) escapes to heap
fmt_printf_verbs.go:12:57: float32(3) escapes to heap
fmt_printf_verbs.go:12:62: 'r' escapes to heap
fmt_printf_verbs.go:13:12: ... argument does not escape
fmt_printf_verbs.go:13:27: 10 escapes to heap
fmt_printf_verbs.go:13:31: 64 escapes to heap
fmt_printf_verbs.go:13:35: 64 escapes to heap
fmt_printf_verbs.go:15:12: ... argument does not escape
fmt_printf_verbs.go:15:29: []int{...} escapes to heap
fmt_printf_verbs.go:15:29: []int{...} escapes to heap
fmt_printf_verbs.go:15:49: [3]string{...} escapes to heap
fmt_printf_verbs.go:16:12: ... argument does not escape
fmt_printf_verbs.go:16:29: []int{...} escapes to heap
fmt_printf_verbs.go:16:29: []int{...} escapes to heap
fmt_printf_verbs.go:16:45: []string{...} escapes to heap
fmt_printf_verbs.go:16:45: []string{...} escapes to heap
fmt_printf_verbs.go:17:12: ... argument does not escape
fmt_printf_verbs.go:17:29: []string{...} escapes to heap
fmt_printf_verbs.go:17:29: []string{...} escapes to heap
fmt_printf_verbs.go:18:12: ... argument does not escape
fmt_printf_verbs.go:18:34: ([]byte)("abc") escapes to heap
fmt_printf_verbs.go:18:35: ([]byte)("abc") escapes to heap
fmt_printf_verbs.go:18:49: ([]byte)("abc") escapes to heap
fmt_printf_verbs.go:18:50: ([]byte)("abc") escapes to heap
fmt_printf_verbs.go:18:58: "xyz" escapes to heap
