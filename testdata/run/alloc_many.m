alloc_many.go:14:10: &node{...} escapes to heap
alloc_many.go:20:13: ... argument does not escape
alloc_many.go:20:14: sum escapes to heap
alloc_many.go:22:13: make([]int64, 4194304) escapes to heap
alloc_many.go:30:13: ... argument does not escape
alloc_many.go:30:17: len(big) escapes to heap
alloc_many.go:30:24: t escapes to heap
alloc_many.go:34:22: ... argument does not escape
alloc_many.go:34:23: i escapes to heap
alloc_many.go:36:13: ... argument does not escape
alloc_many.go:36:14: s escapes to heap
