defer_shape_goto_loop_after_defer.go:10:14: ... argument does not escape
defer_shape_goto_loop_after_defer.go:10:15: "defer" escapes to heap
defer_shape_goto_loop_after_defer.go:9:8: func literal does not escape
defer_shape_goto_loop_after_defer.go:13:13: ... argument does not escape
defer_shape_goto_loop_after_defer.go:13:14: "goto loop" escapes to heap
defer_shape_goto_loop_after_defer.go:13:27: glob escapes to heap
defer_shape_goto_loop_after_defer.go:22:13: ... argument does not escape
defer_shape_goto_loop_after_defer.go:22:14: "done" escapes to heap
