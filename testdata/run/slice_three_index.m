slice_three_index.go:18:2: moved to heap: arr
slice_three_index.go:6:12: []int{...} escapes to heap
slice_three_index.go:8:13: ... argument does not escape
slice_three_index.go:8:14: t escapes to heap
slice_three_index.go:8:20: len(t) escapes to heap
slice_three_index.go:8:28: cap(t) escapes to heap
slice_three_index.go:9:12: append escapes to heap
slice_three_index.go:10:13: ... argument does not escape
slice_three_index.go:10:14: s escapes to heap
slice_three_index.go:11:12: append escapes to heap
slice_three_index.go:12:13: ... argument does not escape
slice_three_index.go:12:14: s escapes to heap
slice_three_index.go:13:12: append escapes to heap
slice_three_index.go:14:13: ... argument does not escape
slice_three_index.go:14:14: s escapes to heap
slice_three_index.go:14:17: t escapes to heap
slice_three_index.go:14:23: len(t) escapes to heap
slice_three_index.go:16:12: append escapes to heap
slice_three_index.go:17:13: ... argument does not escape
slice_three_index.go:17:15: s[0] escapes to heap
slice_three_index.go:17:20: u escapes to heap
slice_three_index.go:20:13: ... argument does not escape
slice_three_index.go:20:14: v escapes to heap
slice_three_index.go:20:20: len(v) escapes to heap
slice_three_index.go:20:28: cap(v) escapes to heap
slice_three_index.go:22:13: ... argument does not escape
slice_three_index.go:22:14: w escapes to heap
