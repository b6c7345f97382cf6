map_key_unhashable_panic.go:5:10: name does not escape
map_key_unhashable_panic.go:5:23: f does not escape
map_key_unhashable_panic.go:6:8: func literal does not escape
map_key_unhashable_panic.go:7:14: ... argument does not escape
map_key_unhashable_panic.go:7:19: name + ":" escapes to heap
map_key_unhashable_panic.go:7:19: name + ":" escapes to heap
map_key_unhashable_panic.go:13:18: map[any]int{} does not escape
map_key_unhashable_panic.go:14:19: func literal does not escape
map_key_unhashable_panic.go:14:35: []int{...} escapes to heap
map_key_unhashable_panic.go:14:35: []int{...} escapes to heap
map_key_unhashable_panic.go:15:17: func literal does not escape
map_key_unhashable_panic.go:15:43: map[int]int{} does not escape
map_key_unhashable_panic.go:16:18: func literal does not escape
map_key_unhashable_panic.go:16:36: func literal does not escape
map_key_unhashable_panic.go:17:27: func literal does not escape
map_key_unhashable_panic.go:17:55: struct { s []int }{} escapes to heap
map_key_unhashable_panic.go:18:12: func literal does not escape
map_key_unhashable_panic.go:18:29: [1]any{...} escapes to heap
map_key_unhashable_panic.go:18:30: 1 escapes to heap
map_key_unhashable_panic.go:19:13: ... argument does not escape
map_key_unhashable_panic.go:19:17: len(m) escapes to heap
