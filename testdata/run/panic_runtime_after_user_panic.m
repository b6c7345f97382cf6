panic_runtime_after_user_panic.go:5:8: func literal does not escape
panic_runtime_after_user_panic.go:8:8: "user panic" escapes to heap
