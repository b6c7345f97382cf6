panic_in_defer_during_panic.go:7:14: ... argument does not escape
panic_in_defer_during_panic.go:7:15: "second defer panics while the first panic runs" escapes to heap
panic_in_defer_during_panic.go:8:9: "second" escapes to heap
panic_in_defer_during_panic.go:6:8: func literal does not escape
panic_in_defer_during_panic.go:10:20: "first defer runs" escapes to heap
panic_in_defer_during_panic.go:10:19: ... argument does not escape
panic_in_defer_during_panic.go:11:8: "first" escapes to heap
