unsafe_pointer_gc.go:26:9: &node{...} escapes to heap
unsafe_pointer_gc.go:26:44: make([]byte, 100) escapes to heap
unsafe_pointer_gc.go:35:14: make([]unsafe.Pointer, 0) does not escape
unsafe_pointer_gc.go:36:40: map[unsafe.Pointer]unsafe.Pointer{} does not escape
unsafe_pointer_gc.go:39:11: new([64]int) escapes to heap
unsafe_pointer_gc.go:41:16: append does not escape
unsafe_pointer_gc.go:42:11: new(int) escapes to heap
unsafe_pointer_gc.go:44:41: &box{...} escapes to heap
unsafe_pointer_gc.go:45:42: &box{...} escapes to heap
unsafe_pointer_gc.go:45:18: append does not escape
unsafe_pointer_gc.go:47:11: make([]int, 200) does not escape
unsafe_pointer_gc.go:55:13: ... argument does not escape
unsafe_pointer_gc.go:55:14: "list:" escapes to heap
unsafe_pointer_gc.go:55:23: sum escapes to heap
unsafe_pointer_gc.go:55:28: bufs escapes to heap
unsafe_pointer_gc.go:60:13: ... argument does not escape
unsafe_pointer_gc.go:60:14: "slice:" escapes to heap
unsafe_pointer_gc.go:60:24: total escapes to heap
unsafe_pointer_gc.go:67:13: ... argument does not escape
unsafe_pointer_gc.go:67:14: "map:" escapes to heap
unsafe_pointer_gc.go:67:25: len(m) escapes to heap
unsafe_pointer_gc.go:67:30: keys escapes to heap
unsafe_pointer_gc.go:67:36: vals escapes to heap
unsafe_pointer_gc.go:72:13: ... argument does not escape
unsafe_pointer_gc.go:72:14: "ifaces:" escapes to heap
unsafe_pointer_gc.go:72:25: neg escapes to heap
unsafe_pointer_gc.go:74:12: new([100]int64) escapes to heap
unsafe_pointer_gc.go:80:11: make([]byte, 512) does not escape
unsafe_pointer_gc.go:82:13: ... argument does not escape
unsafe_pointer_gc.go:82:14: "slice view:" escapes to heap
unsafe_pointer_gc.go:82:29: s escapes to heap
