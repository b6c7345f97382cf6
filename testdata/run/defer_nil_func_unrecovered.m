defer_nil_func_unrecovered.go:8:13: ... argument does not escape
defer_nil_func_unrecovered.go:8:14: "body runs to the end" escapes to heap
defer_nil_func_unrecovered.go:12:20: "main's defer runs before the panic message" escapes to heap
defer_nil_func_unrecovered.go:12:19: ... argument does not escape
defer_nil_func_unrecovered.go:14:13: ... argument does not escape
defer_nil_func_unrecovered.go:14:14: "not reached" escapes to heap
