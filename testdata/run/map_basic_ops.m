map_basic_ops.go:6:21: map[string]int{...} escapes to heap
map_basic_ops.go:8:13: ... argument does not escape
map_basic_ops.go:8:17: len(m) escapes to heap
map_basic_ops.go:8:23: m["one"] escapes to heap
map_basic_ops.go:8:33: m["two"] escapes to heap
map_basic_ops.go:8:43: m["three"] escapes to heap
map_basic_ops.go:8:55: m["missing"] escapes to heap
map_basic_ops.go:11:13: ... argument does not escape
map_basic_ops.go:11:15: m["one"] escapes to heap
map_basic_ops.go:11:25: m["new"] escapes to heap
map_basic_ops.go:11:37: len(m) escapes to heap
map_basic_ops.go:14:13: ... argument does not escape
map_basic_ops.go:14:17: len(m) escapes to heap
map_basic_ops.go:14:23: m["two"] escapes to heap
map_basic_ops.go:17:13: ... argument does not escape
map_basic_ops.go:17:14: v escapes to heap
map_basic_ops.go:17:17: ok escapes to heap
map_basic_ops.go:17:21: w escapes to heap
map_basic_ops.go:17:24: ok2 escapes to heap
map_basic_ops.go:19:14: ... argument does not escape
map_basic_ops.go:19:15: "new found" escapes to heap
map_basic_ops.go:21:13: ... argument does not escape
