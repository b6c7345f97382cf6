sort_basic_slices.go:10:15: []int{...} escapes to heap
sort_basic_slices.go:12:13: ... argument does not escape
sort_basic_slices.go:12:14: ints escapes to heap
sort_basic_slices.go:12:38: sort.IntsAreSorted(ints) escapes to heap
sort_basic_slices.go:13:18: []string{...} escapes to heap
sort_basic_slices.go:15:12: ... argument does not escape
sort_basic_slices.go:15:24: strs escapes to heap
sort_basic_slices.go:15:51: sort.StringsAreSorted(strs) escapes to heap
sort_basic_slices.go:16:17: []float64{...} escapes to heap
sort_basic_slices.go:18:13: ... argument does not escape
sort_basic_slices.go:18:14: fl escapes to heap
sort_basic_slices.go:18:40: sort.Float64sAreSorted(fl) escapes to heap
sort_basic_slices.go:19:38: sort.IntSlice(ints) escapes to heap
sort_basic_slices.go:20:13: ... argument does not escape
sort_basic_slices.go:20:14: ints escapes to heap
sort_basic_slices.go:21:13: ... argument does not escape
sort_basic_slices.go:21:29: sort.SearchInts([]int{...}, 5) escapes to heap
sort_basic_slices.go:21:35: []int{...} does not escape
sort_basic_slices.go:21:68: sort.SearchInts([]int{...}, 4) escapes to heap
sort_basic_slices.go:21:74: []int{...} does not escape
sort_basic_slices.go:21:110: sort.SearchStrings([]string{...}, "d") escapes to heap
sort_basic_slices.go:21:119: []string{...} does not escape
