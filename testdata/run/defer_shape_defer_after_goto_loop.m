defer_shape_defer_after_goto_loop.go:17:14: ... argument does not escape
defer_shape_defer_after_goto_loop.go:17:15: "defer" escapes to heap
defer_shape_defer_after_goto_loop.go:11:13: ... argument does not escape
defer_shape_defer_after_goto_loop.go:11:14: "goto loop" escapes to heap
defer_shape_defer_after_goto_loop.go:11:27: glob escapes to heap
defer_shape_defer_after_goto_loop.go:16:8: func literal escapes to heap
defer_shape_defer_after_goto_loop.go:23:13: ... argument does not escape
defer_shape_defer_after_goto_loop.go:23:14: "done" escapes to heap
