defer_shape_defer_then_loop_defer.go:9:14: ... argument does not escape
defer_shape_defer_then_loop_defer.go:9:15: "defer2" escapes to heap
defer_shape_defer_then_loop_defer.go:8:8: func literal does not escape
defer_shape_defer_then_loop_defer.go:14:9: func literal escapes to heap
defer_shape_defer_then_loop_defer.go:15:15: ... argument does not escape
defer_shape_defer_then_loop_defer.go:15:16: "defer1" escapes to heap
defer_shape_defer_then_loop_defer.go:15:26: g escapes to heap
defer_shape_defer_then_loop_defer.go:25:13: ... argument does not escape
defer_shape_defer_then_loop_defer.go:25:14: "done" escapes to heap
defer_shape_defer_then_loop_defer.go:25:22: glob escapes to heap
