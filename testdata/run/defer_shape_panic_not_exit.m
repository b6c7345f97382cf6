defer_shape_panic_not_exit.go:20:9: "" escapes to heap
defer_shape_panic_not_exit.go:26:8: func literal does not escape
