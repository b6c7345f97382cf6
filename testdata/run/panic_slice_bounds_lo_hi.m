panic_slice_bounds_lo_hi.go:6:12: []int{...} escapes to heap
panic_slice_bounds_lo_hi.go:8:13: ... argument does not escape
panic_slice_bounds_lo_hi.go:8:15: s[hi:lo] escapes to heap
panic_slice_bounds_lo_hi.go:9:13: ... argument does not escape
panic_slice_bounds_lo_hi.go:9:15: s[lo:hi] escapes to heap
