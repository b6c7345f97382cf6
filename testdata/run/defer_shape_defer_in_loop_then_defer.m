defer_shape_defer_in_loop_then_defer.go:21:14: ... argument does not escape
defer_shape_defer_in_loop_then_defer.go:21:15: "defer2" escapes to heap
defer_shape_defer_in_loop_then_defer.go:13:9: func literal escapes to heap
defer_shape_defer_in_loop_then_defer.go:14:15: ... argument does not escape
defer_shape_defer_in_loop_then_defer.go:14:16: "defer1" escapes to heap
defer_shape_defer_in_loop_then_defer.go:14:26: g escapes to heap
defer_shape_defer_in_loop_then_defer.go:20:8: func literal does not escape
defer_shape_defer_in_loop_then_defer.go:27:13: ... argument does not escape
defer_shape_defer_in_loop_then_defer.go:27:14: "done" escapes to heap
defer_shape_defer_in_loop_then_defer.go:27:22: glob escapes to heap
