struct_copy_compare.go:16:13: leaking param: o to result ~r0 level=0
struct_copy_compare.go:26:13: ... argument does not escape
struct_copy_compare.go:26:14: a escapes to heap
struct_copy_compare.go:26:17: b escapes to heap
struct_copy_compare.go:27:13: ... argument does not escape
struct_copy_compare.go:27:16: a == b escapes to heap
struct_copy_compare.go:27:24: a != b escapes to heap
struct_copy_compare.go:29:13: ... argument does not escape
struct_copy_compare.go:29:16: a == b escapes to heap
struct_copy_compare.go:31:13: ... argument does not escape
struct_copy_compare.go:31:14: a escapes to heap
struct_copy_compare.go:31:17: c escapes to heap
struct_copy_compare.go:31:22: a == c escapes to heap
struct_copy_compare.go:35:13: ... argument does not escape
struct_copy_compare.go:35:14: arr escapes to heap
struct_copy_compare.go:35:19: arr2 escapes to heap
struct_copy_compare.go:35:29: arr == arr2 escapes to heap
struct_copy_compare.go:37:13: ... argument does not escape
struct_copy_compare.go:37:25: pair{...} == pair{...} escapes to heap
struct_copy_compare.go:37:51: pair{...} == pair{...} escapes to heap
