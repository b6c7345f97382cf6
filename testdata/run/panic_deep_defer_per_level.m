panic_deep_defer_per_level.go:8:8: func literal does not escape
panic_deep_defer_per_level.go:10:9: "bottom" escapes to heap
panic_deep_defer_per_level.go:18:14: ... argument does not escape
panic_deep_defer_per_level.go:18:15: "recovered" escapes to heap
panic_deep_defer_per_level.go:18:31: "after unwinding" escapes to heap
panic_deep_defer_per_level.go:18:50: unwound escapes to heap
panic_deep_defer_per_level.go:18:59: "frames" escapes to heap
panic_deep_defer_per_level.go:16:8: func literal does not escape
