defer_named_result_escapes.go:74:19: moved to heap: r
defer_named_result_escapes.go:75:8: func literal does not escape
defer_named_result_escapes.go:75:27: append escapes to heap
defer_named_result_escapes.go:77:11: []int{...} escapes to heap
defer_named_result_escapes.go:16:16: moved to heap: n
defer_named_result_escapes.go:17:8: func literal does not escape
defer_named_result_escapes.go:24:18: moved to heap: err
defer_named_result_escapes.go:26:8: func literal does not escape
defer_named_result_escapes.go:28:20: ... argument does not escape
defer_named_result_escapes.go:31:5: func literal escapes to heap
defer_named_result_escapes.go:40:14: leaking param: s
defer_named_result_escapes.go:40:25: moved to heap: x
defer_named_result_escapes.go:40:28: moved to heap: y
defer_named_result_escapes.go:41:8: func literal does not escape
defer_named_result_escapes.go:42:12: ... argument does not escape
defer_named_result_escapes.go:48:8: func literal does not escape
defer_named_result_escapes.go:54:13: moved to heap: s
defer_named_result_escapes.go:55:8: func literal does not escape
defer_named_result_escapes.go:56:8: func literal does not escape
defer_named_result_escapes.go:66:13: ... argument does not escape
defer_named_result_escapes.go:66:20: stored() escapes to heap
defer_named_result_escapes.go:66:24: *global escapes to heap
defer_named_result_escapes.go:67:13: ... argument does not escape
defer_named_result_escapes.go:68:13: ... argument does not escape
defer_named_result_escapes.go:68:13: .autotmp_0 escapes to heap
defer_named_result_escapes.go:68:13: .autotmp_1 escapes to heap
defer_named_result_escapes.go:69:13: ... argument does not escape
defer_named_result_escapes.go:69:19: local() escapes to heap
defer_named_result_escapes.go:70:13: ... argument does not escape
defer_named_result_escapes.go:70:17: two() escapes to heap
defer_named_result_escapes.go:70:21: *global2 escapes to heap
defer_named_result_escapes.go:84:13: ... argument does not escape
defer_named_result_escapes.go:84:17: lit() escapes to heap
defer_named_result_escapes.go:84:21: *keep escapes to heap
