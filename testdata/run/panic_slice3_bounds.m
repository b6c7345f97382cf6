panic_slice3_bounds.go:6:11: make([]int, 2, 5) escapes to heap
panic_slice3_bounds.go:8:13: ... argument does not escape
panic_slice3_bounds.go:8:17: len(s[0:2:k]) escapes to heap
panic_slice3_bounds.go:8:32: cap(s[0:2:k]) escapes to heap
panic_slice3_bounds.go:10:13: ... argument does not escape
panic_slice3_bounds.go:10:15: s[0:2:k] escapes to heap
