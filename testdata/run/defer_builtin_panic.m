defer_builtin_panic.go:6:8: func literal does not escape
defer_builtin_panic.go:8:19: ... argument does not escape
defer_builtin_panic.go:8:20: "recovered: " escapes to heap
defer_builtin_panic.go:10:14: "from deferred panic builtin" escapes to heap
defer_builtin_panic.go:11:13: ... argument does not escape
defer_builtin_panic.go:11:14: "body" escapes to heap
defer_builtin_panic.go:16:13: ... argument does not escape
defer_builtin_panic.go:16:17: run() escapes to heap
