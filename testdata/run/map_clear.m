map_clear.go:6:21: map[int]string{...} escapes to heap
map_clear.go:9:13: ... argument does not escape
map_clear.go:9:17: len(m) escapes to heap
map_clear.go:9:25: len(alias) escapes to heap
map_clear.go:9:39: m[1] == "" escapes to heap
map_clear.go:11:13: ... argument does not escape
map_clear.go:14:13: ... argument does not escape
map_clear.go:14:17: len(nilMap) escapes to heap
