map_range_sorted.go:9:24: map[string]int{...} does not escape
map_range_sorted.go:10:14: make([]string, 0, len(ages)) does not escape
map_range_sorted.go:13:16: append does not escape
map_range_sorted.go:18:14: ... argument does not escape
map_range_sorted.go:18:15: k escapes to heap
map_range_sorted.go:18:22: ages[k] escapes to heap
map_range_sorted.go:20:13: ... argument does not escape
map_range_sorted.go:20:14: "sum" escapes to heap
map_range_sorted.go:20:21: sum escapes to heap
map_range_sorted.go:25:13: ... argument does not escape
map_range_sorted.go:25:14: "count" escapes to heap
map_range_sorted.go:25:23: count escapes to heap
