slice_append_growth.go:17:13: ... argument does not escape
slice_append_growth.go:17:17: len(ints) escapes to heap
slice_append_growth.go:17:28: cap(ints) escapes to heap
slice_append_growth.go:17:41: ints == nil escapes to heap
slice_append_growth.go:20:16: append escapes to heap
slice_append_growth.go:22:15: ... argument does not escape
slice_append_growth.go:22:16: "len" escapes to heap
slice_append_growth.go:22:26: len(ints) escapes to heap
slice_append_growth.go:22:34: "cap" escapes to heap
slice_append_growth.go:22:44: cap(ints) escapes to heap
slice_append_growth.go:27:17: append escapes to heap
slice_append_growth.go:29:15: ... argument does not escape
slice_append_growth.go:29:16: "bytes len" escapes to heap
slice_append_growth.go:29:32: len(bytes) escapes to heap
slice_append_growth.go:29:41: "cap" escapes to heap
slice_append_growth.go:29:51: cap(bytes) escapes to heap
slice_append_growth.go:34:16: append escapes to heap
slice_append_growth.go:36:15: ... argument does not escape
slice_append_growth.go:36:16: "big len" escapes to heap
slice_append_growth.go:36:30: len(bigs) escapes to heap
slice_append_growth.go:36:38: "cap" escapes to heap
slice_append_growth.go:36:48: cap(bigs) escapes to heap
slice_append_growth.go:39:19: []int{...} escapes to heap
slice_append_growth.go:39:13: append escapes to heap
slice_append_growth.go:40:13: ... argument does not escape
slice_append_growth.go:40:17: len(t) escapes to heap
slice_append_growth.go:40:25: cap(t) escapes to heap
slice_append_growth.go:40:30: t escapes to heap
slice_append_growth.go:41:13: append escapes to heap
slice_append_growth.go:42:13: ... argument does not escape
slice_append_growth.go:42:14: u escapes to heap
slice_append_growth.go:42:17: t escapes to heap
