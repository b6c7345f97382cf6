map_growth_large.go:6:11: make(map[int]int) does not escape
map_growth_large.go:11:13: ... argument does not escape
map_growth_large.go:11:17: len(m) escapes to heap
map_growth_large.go:16:13: ... argument does not escape
map_growth_large.go:16:14: sum escapes to heap
map_growth_large.go:20:13: ... argument does not escape
map_growth_large.go:20:17: len(m) escapes to heap
map_growth_large.go:27:13: ... argument does not escape
map_growth_large.go:27:14: miss escapes to heap
map_growth_large.go:32:13: ... argument does not escape
map_growth_large.go:32:14: total escapes to heap
map_growth_large.go:33:21: map[string]int{} does not escape
map_growth_large.go:35:15: ... argument does not escape
map_growth_large.go:35:16: "key" escapes to heap
map_growth_large.go:35:24: i % 1000 escapes to heap
map_growth_large.go:37:13: ... argument does not escape
map_growth_large.go:37:17: len(s) escapes to heap
map_growth_large.go:37:23: s["key0"] escapes to heap
map_growth_large.go:37:34: s["key999"] escapes to heap
