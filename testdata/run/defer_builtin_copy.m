defer_builtin_copy.go:6:13: make([]int, 3) escapes to heap
defer_builtin_copy.go:7:14: []int{...} does not escape
defer_builtin_copy.go:8:8: func literal does not escape
defer_builtin_copy.go:9:14: ... argument does not escape
defer_builtin_copy.go:9:15: "after deferred copy:" escapes to heap
defer_builtin_copy.go:9:39: dst escapes to heap
defer_builtin_copy.go:12:13: []int{...} does not escape
defer_builtin_copy.go:13:13: ... argument does not escape
defer_builtin_copy.go:13:14: "body:" escapes to heap
defer_builtin_copy.go:13:23: dst escapes to heap
