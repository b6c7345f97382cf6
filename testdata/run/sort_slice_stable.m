sort_slice_stable.go:14:20: []Person{...} does not escape
sort_slice_stable.go:15:17: append escapes to heap
sort_slice_stable.go:16:19: byAge escapes to heap
sort_slice_stable.go:16:26: func literal does not escape
sort_slice_stable.go:17:13: ... argument does not escape
sort_slice_stable.go:17:14: byAge escapes to heap
sort_slice_stable.go:18:18: append escapes to heap
sort_slice_stable.go:19:13: byName escapes to heap
sort_slice_stable.go:19:21: func literal does not escape
sort_slice_stable.go:20:13: ... argument does not escape
sort_slice_stable.go:20:14: byName escapes to heap
sort_slice_stable.go:21:13: ... argument does not escape
sort_slice_stable.go:21:32: sort.SliceIsSorted(byAge, func literal) escapes to heap
sort_slice_stable.go:21:33: byAge does not escape
sort_slice_stable.go:21:40: func literal does not escape
sort_slice_stable.go:22:13: make([]int, 1000) escapes to heap
sort_slice_stable.go:26:13: big escapes to heap
sort_slice_stable.go:26:18: func literal does not escape
sort_slice_stable.go:31:13: ... argument does not escape
sort_slice_stable.go:31:14: ok escapes to heap
