defer_struct_arg_copy.go:11:11: leaking param: tag
defer_struct_arg_copy.go:11:23: leaking param: b
defer_struct_arg_copy.go:12:13: ... argument does not escape
defer_struct_arg_copy.go:12:14: tag escapes to heap
defer_struct_arg_copy.go:12:20: b.a escapes to heap
defer_struct_arg_copy.go:12:25: b.b escapes to heap
defer_struct_arg_copy.go:12:30: b.c escapes to heap
defer_struct_arg_copy.go:12:35: b.d escapes to heap
defer_struct_arg_copy.go:12:40: b.e escapes to heap
defer_struct_arg_copy.go:12:45: b.s escapes to heap
defer_struct_arg_copy.go:12:50: b.arr escapes to heap
