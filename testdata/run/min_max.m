min_max.go:6:13: ... argument does not escape
min_max.go:6:17: 1 escapes to heap
min_max.go:6:31: 3 escapes to heap
min_max.go:8:13: ... argument does not escape
min_max.go:8:17: min(a, b) escapes to heap
min_max.go:8:28: max(a, b) escapes to heap
min_max.go:8:39: min(a) escapes to heap
min_max.go:8:47: max(b) escapes to heap
min_max.go:9:13: ... argument does not escape
min_max.go:9:17: 1.5 escapes to heap
min_max.go:9:32: 7 escapes to heap
min_max.go:10:13: ... argument does not escape
min_max.go:10:17: "apple" escapes to heap
min_max.go:10:51: "cherry" escapes to heap
min_max.go:12:13: ... argument does not escape
min_max.go:12:17: max(u8, uint8(100)) escapes to heap
min_max.go:12:31: min(u8, uint8(255)) escapes to heap
min_max.go:14:13: ... argument does not escape
min_max.go:14:17: min(x, y) escapes to heap
min_max.go:14:28: max(x, y) escapes to heap
min_max.go:16:13: ... argument does not escape
min_max.go:16:14: 1 escapes to heap
min_max.go:17:12: []int{...} does not escape
min_max.go:22:13: ... argument does not escape
min_max.go:22:14: m escapes to heap
