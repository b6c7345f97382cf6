slice_aliasing.go:5:11: s does not escape
slice_aliasing.go:27:2: moved to heap: arr
slice_aliasing.go:12:15: []int{...} escapes to heap
slice_aliasing.go:14:13: ... argument does not escape
slice_aliasing.go:14:14: a escapes to heap
slice_aliasing.go:14:20: len(a) escapes to heap
slice_aliasing.go:14:28: cap(a) escapes to heap
slice_aliasing.go:16:13: ... argument does not escape
slice_aliasing.go:16:14: base escapes to heap
slice_aliasing.go:18:13: ... argument does not escape
slice_aliasing.go:18:14: base escapes to heap
slice_aliasing.go:18:20: a escapes to heap
slice_aliasing.go:20:12: append escapes to heap
slice_aliasing.go:21:13: ... argument does not escape
slice_aliasing.go:21:14: base escapes to heap
slice_aliasing.go:24:12: append escapes to heap
slice_aliasing.go:26:13: ... argument does not escape
slice_aliasing.go:26:14: base escapes to heap
slice_aliasing.go:26:20: c escapes to heap
slice_aliasing.go:30:13: ... argument does not escape
slice_aliasing.go:30:14: arr escapes to heap
slice_aliasing.go:34:13: ... argument does not escape
slice_aliasing.go:34:14: arr escapes to heap
slice_aliasing.go:34:19: ps escapes to heap
