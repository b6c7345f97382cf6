init_funcs.go:10:14: append escapes to heap
init_funcs.go:15:14: append escapes to heap
init_funcs.go:19:14: append escapes to heap
init_funcs.go:23:14: append escapes to heap
init_funcs.go:24:13: ... argument does not escape
init_funcs.go:24:14: ready escapes to heap
init_funcs.go:26:14: ... argument does not escape
init_funcs.go:26:15: l escapes to heap
init_funcs.go:31:14: append escapes to heap
