defer_builtin_clear.go:8:23: map[string]int{...} escapes to heap
defer_builtin_clear.go:15:20: map[string]int{...} escapes to heap
defer_builtin_clear.go:16:12: append escapes to heap
defer_builtin_clear.go:17:13: ... argument does not escape
defer_builtin_clear.go:17:14: "in f:" escapes to heap
defer_builtin_clear.go:17:26: len(old) escapes to heap
defer_builtin_clear.go:17:36: len(m) escapes to heap
defer_builtin_clear.go:17:41: s escapes to heap
defer_builtin_clear.go:24:13: ... argument does not escape
defer_builtin_clear.go:24:14: "after f:" escapes to heap
defer_builtin_clear.go:24:29: len(keep) escapes to heap
defer_builtin_clear.go:24:40: len(m) escapes to heap
defer_builtin_clear.go:24:45: keepS escapes to heap
defer_builtin_clear.go:24:52: s escapes to heap
