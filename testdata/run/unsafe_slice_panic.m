unsafe_slice_panic.go:11:13: ... argument does not escape
unsafe_slice_panic.go:11:14: "before" escapes to heap
unsafe_slice_panic.go:13:13: ... argument does not escape
unsafe_slice_panic.go:13:17: len(s) escapes to heap
