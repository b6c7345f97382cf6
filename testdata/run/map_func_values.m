map_func_values.go:19:21: map[string]Op{...} does not escape
map_func_values.go:20:9: func literal escapes to heap
map_func_values.go:21:9: func literal escapes to heap
map_func_values.go:22:9: func literal escapes to heap
map_func_values.go:24:9: func literal does not escape
map_func_values.go:26:17: func literal escapes to heap
map_func_values.go:27:19: []string{} does not escape
map_func_values.go:29:17: append does not escape
map_func_values.go:33:14: ... argument does not escape
map_func_values.go:33:15: n escapes to heap
map_func_values.go:33:26: c.ops[n](7, 3) escapes to heap
map_func_values.go:33:40: c.post(c.ops[n](1, 2)) escapes to heap
map_func_values.go:36:14: ... argument does not escape
map_func_values.go:36:15: "no /" escapes to heap
map_func_values.go:36:25: f == nil escapes to heap
