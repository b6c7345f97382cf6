slice_of_slices.go:5:16: m does not escape
slice_of_slices.go:7:13: make([][]int, cols) escapes to heap
slice_of_slices.go:9:16: make([]int, rows) escapes to heap
slice_of_slices.go:18:14: [][]int{...} does not escape
slice_of_slices.go:18:15: []int{...} does not escape
slice_of_slices.go:18:26: []int{...} does not escape
slice_of_slices.go:19:13: ... argument does not escape
slice_of_slices.go:19:23: transpose(m) escapes to heap
slice_of_slices.go:22:14: make([]int, i + 1) escapes to heap
slice_of_slices.go:27:15: append does not escape
slice_of_slices.go:30:14: ... argument does not escape
slice_of_slices.go:30:15: row escapes to heap
slice_of_slices.go:32:20: [][]string{...} escapes to heap
slice_of_slices.go:32:21: []string{...} escapes to heap
slice_of_slices.go:32:28: []string{} escapes to heap
slice_of_slices.go:32:37: []string{...} escapes to heap
slice_of_slices.go:33:13: ... argument does not escape
slice_of_slices.go:33:14: strs escapes to heap
slice_of_slices.go:33:23: len(strs[1]) escapes to heap
slice_of_slices.go:33:42: strs[2] == nil escapes to heap
