map_delete_during_range.go:6:18: map[int]int{} does not escape
map_delete_during_range.go:15:13: ... argument does not escape
map_delete_during_range.go:15:14: visited escapes to heap
map_delete_during_range.go:15:26: len(m) escapes to heap
map_delete_during_range.go:26:13: ... argument does not escape
map_delete_during_range.go:26:14: sum escapes to heap
