panic_slice_bounds.go:6:11: make([]int, 3, 5) escapes to heap
panic_slice_bounds.go:8:13: ... argument does not escape
panic_slice_bounds.go:8:17: len(s[:hi]) escapes to heap
panic_slice_bounds.go:10:13: ... argument does not escape
panic_slice_bounds.go:10:15: s[:hi] escapes to heap
