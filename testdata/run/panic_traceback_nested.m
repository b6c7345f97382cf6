panic_traceback_nested.go:11:7: t does not escape
panic_traceback_nested.go:18:14: ... argument does not escape
panic_traceback_nested.go:18:15: "deref's defer" escapes to heap
panic_traceback_nested.go:16:12: p does not escape
panic_traceback_nested.go:17:8: func literal does not escape
panic_traceback_nested.go:24:8: func literal does not escape
panic_traceback_nested.go:28:7: &T{} does not escape
panic_traceback_nested.go:29:7: func literal does not escape
