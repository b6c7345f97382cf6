binary_search.go:5:13: s does not escape
binary_search.go:22:12: []int{...} does not escape
binary_search.go:23:25: []int{...} does not escape
binary_search.go:25:14: ... argument does not escape
binary_search.go:25:15: t escapes to heap
binary_search.go:25:18: i escapes to heap
binary_search.go:25:21: ok escapes to heap
