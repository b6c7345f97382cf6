range_slice_array.go:6:12: []int{...} does not escape
range_slice_array.go:8:14: ... argument does not escape
range_slice_array.go:8:15: i escapes to heap
range_slice_array.go:8:18: v escapes to heap
range_slice_array.go:11:12: ... argument does not escape
range_slice_array.go:11:13: i escapes to heap
range_slice_array.go:15:12: ... argument does not escape
range_slice_array.go:15:13: "x" escapes to heap
range_slice_array.go:22:13: ... argument does not escape
range_slice_array.go:22:14: a escapes to heap
range_slice_array.go:28:12: ... argument does not escape
range_slice_array.go:28:13: v escapes to heap
range_slice_array.go:28:16: " " escapes to heap
range_slice_array.go:32:12: []int{...} escapes to heap
range_slice_array.go:34:13: append escapes to heap
range_slice_array.go:36:13: ... argument does not escape
range_slice_array.go:36:14: t escapes to heap
range_slice_array.go:39:14: ... argument does not escape
range_slice_array.go:39:15: "never" escapes to heap
range_slice_array.go:45:13: ... argument does not escape
range_slice_array.go:45:14: total escapes to heap
