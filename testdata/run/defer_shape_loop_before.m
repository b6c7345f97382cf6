defer_shape_loop_before.go:12:14: ... argument does not escape
defer_shape_loop_before.go:12:15: "defer" escapes to heap
defer_shape_loop_before.go:9:14: ... argument does not escape
defer_shape_loop_before.go:9:15: "loop" escapes to heap
defer_shape_loop_before.go:9:23: i escapes to heap
defer_shape_loop_before.go:11:8: func literal does not escape
defer_shape_loop_before.go:18:13: ... argument does not escape
defer_shape_loop_before.go:18:14: "done" escapes to heap
