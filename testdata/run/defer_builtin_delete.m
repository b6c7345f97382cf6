defer_builtin_delete.go:5:10: m does not escape
defer_builtin_delete.go:9:13: ... argument does not escape
defer_builtin_delete.go:9:14: "body:" escapes to heap
defer_builtin_delete.go:9:26: len(m) escapes to heap
defer_builtin_delete.go:9:32: m["a"] escapes to heap
defer_builtin_delete.go:9:40: m["b"] escapes to heap
defer_builtin_delete.go:13:21: map[string]int{...} does not escape
defer_builtin_delete.go:17:13: ... argument does not escape
defer_builtin_delete.go:17:14: "after:" escapes to heap
defer_builtin_delete.go:17:27: len(m) escapes to heap
defer_builtin_delete.go:17:32: okA escapes to heap
defer_builtin_delete.go:17:37: okB escapes to heap
