slice_make_copy.go:6:11: make([]int, 3) escapes to heap
slice_make_copy.go:7:11: make([]int, 2, 10) escapes to heap
slice_make_copy.go:8:13: ... argument does not escape
slice_make_copy.go:8:14: a escapes to heap
slice_make_copy.go:8:20: len(a) escapes to heap
slice_make_copy.go:8:28: cap(a) escapes to heap
slice_make_copy.go:8:33: b escapes to heap
slice_make_copy.go:8:39: len(b) escapes to heap
slice_make_copy.go:8:47: cap(b) escapes to heap
slice_make_copy.go:9:14: []int{...} escapes to heap
slice_make_copy.go:11:13: ... argument does not escape
slice_make_copy.go:11:14: n escapes to heap
slice_make_copy.go:11:17: a escapes to heap
slice_make_copy.go:13:13: ... argument does not escape
slice_make_copy.go:13:14: n escapes to heap
slice_make_copy.go:13:17: src escapes to heap
slice_make_copy.go:14:12: make([]byte, 4) escapes to heap
slice_make_copy.go:16:13: ... argument does not escape
slice_make_copy.go:16:14: n escapes to heap
slice_make_copy.go:16:17: bs escapes to heap
slice_make_copy.go:18:13: ... argument does not escape
slice_make_copy.go:18:18: copy(empty, src) escapes to heap
slice_make_copy.go:18:38: empty == nil escapes to heap
slice_make_copy.go:19:11: make([]string, 0, 4) escapes to heap
slice_make_copy.go:20:12: append escapes to heap
slice_make_copy.go:21:13: ... argument does not escape
slice_make_copy.go:21:17: len(s) escapes to heap
slice_make_copy.go:21:25: cap(s) escapes to heap
slice_make_copy.go:21:30: s escapes to heap
slice_make_copy.go:22:12: make([]float64, 3) escapes to heap
slice_make_copy.go:24:13: ... argument does not escape
slice_make_copy.go:24:14: fs escapes to heap
slice_make_copy.go:25:11: make([][]int, 3) escapes to heap
slice_make_copy.go:27:14: make([]int, i + 1) escapes to heap
slice_make_copy.go:32:13: ... argument does not escape
slice_make_copy.go:32:14: m escapes to heap
