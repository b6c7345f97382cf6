unsafe_slice.go:10:10: leaking param: name
unsafe_slice.go:10:23: f does not escape
unsafe_slice.go:11:8: func literal does not escape
unsafe_slice.go:14:15: ... argument does not escape
unsafe_slice.go:14:16: name escapes to heap
unsafe_slice.go:14:22: "panic:" escapes to heap
unsafe_slice.go:14:41: err.Error() escapes to heap
unsafe_slice.go:16:15: ... argument does not escape
unsafe_slice.go:16:16: "  runtime error:" escapes to heap
unsafe_slice.go:16:36: isRT escapes to heap
unsafe_slice.go:19:14: ... argument does not escape
unsafe_slice.go:19:15: name escapes to heap
unsafe_slice.go:19:21: "ok" escapes to heap
unsafe_slice.go:25:2: moved to heap: arr
unsafe_slice.go:27:13: ... argument does not escape
unsafe_slice.go:27:14: s escapes to heap
unsafe_slice.go:27:20: len(s) escapes to heap
unsafe_slice.go:27:28: cap(s) escapes to heap
unsafe_slice.go:29:13: ... argument does not escape
unsafe_slice.go:29:14: arr escapes to heap
unsafe_slice.go:32:13: ... argument does not escape
unsafe_slice.go:32:26: unsafe.Slice(&arr[0], n64) escapes to heap
unsafe_slice.go:32:54: unsafe.Slice(&arr[2], u8) escapes to heap
unsafe_slice.go:36:13: ... argument does not escape
unsafe_slice.go:36:14: *sd escapes to heap
unsafe_slice.go:36:22: sd == &arr[1] escapes to heap
unsafe_slice.go:38:13: ... argument does not escape
unsafe_slice.go:38:41: <node unsafe.SliceData> == nil escapes to heap
unsafe_slice.go:39:15: make([]int, 0, 4) does not escape
unsafe_slice.go:40:13: ... argument does not escape
unsafe_slice.go:40:38: <node unsafe.SliceData> != nil escapes to heap
unsafe_slice.go:43:15: ([]byte)("hello, world") escapes to heap
unsafe_slice.go:45:13: ... argument does not escape
unsafe_slice.go:45:14: str escapes to heap
unsafe_slice.go:45:22: len(str) escapes to heap
unsafe_slice.go:47:13: ... argument does not escape
unsafe_slice.go:47:14: str2 escapes to heap
unsafe_slice.go:50:13: ... argument does not escape
unsafe_slice.go:50:20: string(*data) escapes to heap
unsafe_slice.go:50:21: string(*data) escapes to heap
unsafe_slice.go:50:35: string(unsafe.Slice(data, 8)) escapes to heap
unsafe_slice.go:50:48: string(unsafe.Slice(data, 8)) escapes to heap
unsafe_slice.go:51:13: ... argument does not escape
unsafe_slice.go:51:43: <node unsafe.StringData> == nil || true escapes to heap
unsafe_slice.go:56:13: ... argument does not escape
unsafe_slice.go:56:17: len(zs) escapes to heap
unsafe_slice.go:56:26: cap(zs) escapes to heap
unsafe_slice.go:57:14: []pair{...} escapes to heap
unsafe_slice.go:59:13: ... argument does not escape
unsafe_slice.go:59:14: words escapes to heap
unsafe_slice.go:64:13: ... argument does not escape
unsafe_slice.go:64:17: ns == nil escapes to heap
unsafe_slice.go:64:28: len(ns) escapes to heap
unsafe_slice.go:66:13: ... argument does not escape
unsafe_slice.go:66:35: <node unsafe.String> == "" escapes to heap
unsafe_slice.go:74:24: func literal does not escape
unsafe_slice.go:75:19: func literal does not escape
unsafe_slice.go:76:24: func literal does not escape
unsafe_slice.go:77:28: func literal does not escape
unsafe_slice.go:78:29: func literal does not escape
unsafe_slice.go:79:30: func literal does not escape
unsafe_slice.go:80:22: func literal does not escape
unsafe_slice.go:81:25: func literal does not escape
unsafe_slice.go:82:20: func literal does not escape
unsafe_slice.go:83:25: func literal does not escape
unsafe_slice.go:84:21: func literal does not escape
