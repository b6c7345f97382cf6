fmt_struct_pointer_printing.go:20:45: []Inner{...} escapes to heap
fmt_struct_pointer_printing.go:20:74: map[string]int{...} escapes to heap
fmt_struct_pointer_printing.go:20:96: Inner{...} escapes to heap
fmt_struct_pointer_printing.go:21:12: ... argument does not escape
fmt_struct_pointer_printing.go:21:26: o escapes to heap
fmt_struct_pointer_printing.go:21:29: o escapes to heap
fmt_struct_pointer_printing.go:22:12: ... argument does not escape
fmt_struct_pointer_printing.go:22:22: o escapes to heap
fmt_struct_pointer_printing.go:23:7: &Inner{...} escapes to heap
fmt_struct_pointer_printing.go:24:12: ... argument does not escape
fmt_struct_pointer_printing.go:26:13: ... argument does not escape
fmt_struct_pointer_printing.go:26:14: *(*pp) escapes to heap
fmt_struct_pointer_printing.go:28:12: ... argument does not escape
fmt_struct_pointer_printing.go:29:16: []*Inner{...} does not escape
fmt_struct_pointer_printing.go:30:13: ... argument does not escape
fmt_struct_pointer_printing.go:30:17: len(ps) escapes to heap
fmt_struct_pointer_printing.go:30:29: ps[0] == nil escapes to heap
fmt_struct_pointer_printing.go:31:13: ... argument does not escape
fmt_struct_pointer_printing.go:31:21: []Inner{...} escapes to heap
fmt_struct_pointer_printing.go:31:21: []Inner{...} escapes to heap
fmt_struct_pointer_printing.go:31:51: [2]Inner{} escapes to heap
fmt_struct_pointer_printing.go:32:12: ... argument does not escape
fmt_struct_pointer_printing.go:32:27: []any{...} escapes to heap
fmt_struct_pointer_printing.go:32:27: []any{...} escapes to heap
fmt_struct_pointer_printing.go:32:28: 1 escapes to heap
fmt_struct_pointer_printing.go:32:31: "s" escapes to heap
fmt_struct_pointer_printing.go:32:41: 2.5 escapes to heap
fmt_struct_pointer_printing.go:32:51: Inner{} escapes to heap
fmt_struct_pointer_printing.go:33:12: ... argument does not escape
fmt_struct_pointer_printing.go:33:35: []string{...} escapes to heap
fmt_struct_pointer_printing.go:33:35: []string{...} escapes to heap
fmt_struct_pointer_printing.go:33:52: []int{...} escapes to heap
fmt_struct_pointer_printing.go:33:52: []int{...} escapes to heap
fmt_struct_pointer_printing.go:33:68: []string{...} escapes to heap
fmt_struct_pointer_printing.go:33:68: []string{...} escapes to heap
fmt_struct_pointer_printing.go:34:12: ... argument does not escape
fmt_struct_pointer_printing.go:34:31: "hello" escapes to heap
fmt_struct_pointer_printing.go:34:46: ([]byte)("hi") escapes to heap
fmt_struct_pointer_printing.go:34:47: ([]byte)("hi") escapes to heap
fmt_struct_pointer_printing.go:34:54: "abc" escapes to heap
fmt_struct_pointer_printing.go:34:69: []string{...} escapes to heap
fmt_struct_pointer_printing.go:34:69: []string{...} escapes to heap
