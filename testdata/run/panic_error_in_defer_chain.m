panic_error_in_defer_chain.go:15:13: Code(7) escapes to heap
panic_error_in_defer_chain.go:11:8: func literal does not escape
panic_error_in_defer_chain.go:14:8: func literal does not escape
panic_error_in_defer_chain.go:17:13: ... argument does not escape
panic_error_in_defer_chain.go:17:14: "start" escapes to heap
panic_error_in_defer_chain.go:18:18: ... argument does not escape
