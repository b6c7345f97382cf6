defer_shape_defer_after_label.go:11:13: ... argument does not escape
defer_shape_defer_after_label.go:11:14: "goto loop" escapes to heap
defer_shape_defer_after_label.go:11:27: glob escapes to heap
defer_shape_defer_after_label.go:13:8: func literal escapes to heap
defer_shape_defer_after_label.go:14:14: ... argument does not escape
defer_shape_defer_after_label.go:14:15: "defer" escapes to heap
defer_shape_defer_after_label.go:14:24: g escapes to heap
defer_shape_defer_after_label.go:24:13: ... argument does not escape
defer_shape_defer_after_label.go:24:14: "done" escapes to heap
