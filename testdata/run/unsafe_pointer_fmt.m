unsafe_pointer_fmt.go:15:11: x does not escape
unsafe_pointer_fmt.go:18:20: ... argument does not escape
unsafe_pointer_fmt.go:18:21: "unsafe.Pointer " escapes to heap
unsafe_pointer_fmt.go:18:42: v == nil escapes to heap
unsafe_pointer_fmt.go:30:13: ... argument does not escape
unsafe_pointer_fmt.go:30:20: holder{...} escapes to heap
unsafe_pointer_fmt.go:30:36: holder{...} escapes to heap
unsafe_pointer_fmt.go:31:12: ... argument does not escape
unsafe_pointer_fmt.go:31:50: holder{...} escapes to heap
unsafe_pointer_fmt.go:32:12: ... argument does not escape
unsafe_pointer_fmt.go:33:12: ... argument does not escape
unsafe_pointer_fmt.go:34:13: ... argument does not escape
unsafe_pointer_fmt.go:34:18: kind(p) escapes to heap
unsafe_pointer_fmt.go:34:27: kind(np) escapes to heap
unsafe_pointer_fmt.go:34:37: kind(P(p)) escapes to heap
unsafe_pointer_fmt.go:34:49: kind(uintptr(4660)) escapes to heap
unsafe_pointer_fmt.go:34:57: uintptr(4660) does not escape
unsafe_pointer_fmt.go:35:25: []unsafe.Pointer{...} escapes to heap
unsafe_pointer_fmt.go:36:13: ... argument does not escape
unsafe_pointer_fmt.go:36:14: arr escapes to heap
unsafe_pointer_fmt.go:36:22: len(arr) escapes to heap
unsafe_pointer_fmt.go:37:16: map[P]int{...} does not escape
unsafe_pointer_fmt.go:38:13: ... argument does not escape
unsafe_pointer_fmt.go:38:15: m[P(p)] escapes to heap
unsafe_pointer_fmt.go:38:24: m[nil] escapes to heap
unsafe_pointer_fmt.go:40:13: ... argument does not escape
unsafe_pointer_fmt.go:40:16: i == nil escapes to heap
unsafe_pointer_fmt.go:40:26: i == any(P(nil)) escapes to heap
unsafe_pointer_fmt.go:41:13: ... argument does not escape
unsafe_pointer_fmt.go:41:28: fmt.Sprint(... argument...) == fmt.Sprintf("%p", ... argument...) escapes to heap
unsafe_pointer_fmt.go:41:24: ... argument does not escape
unsafe_pointer_fmt.go:41:42: ... argument does not escape
