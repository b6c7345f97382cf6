unsafe_escape.go:11:11: marking a as escaping uintptr
unsafe_escape.go:16:14: marking a as escaping ...uintptr
unsafe_escape.go:24:16: p does not escape
unsafe_escape.go:26:13: leaking param: p to result ~r0 level=0
unsafe_escape.go:28:16: p does not escape
unsafe_escape.go:33:10: leaking param: p to result ~r0 level=0
unsafe_escape.go:35:12: leaking param: p to result ~r0 level=0
unsafe_escape.go:37:14: leaking param: s to result ~r0 level=0
unsafe_escape.go:39:16: leaking param: s to result ~r0 level=0
unsafe_escape.go:41:10: leaking param: b to result ~r0 level=0
unsafe_escape.go:43:13: leaking param: p to result ~r0 level=0
unsafe_escape.go:47:14: leaking param: p to result ~r0 level=0
unsafe_escape.go:50:6: moved to heap: t
unsafe_escape.go:52:6: moved to heap: u
unsafe_escape.go:54:2: moved to heap: arr
unsafe_escape.go:53:9: ... argument escapes to heap
unsafe_escape.go:55:13: ... argument does not escape
unsafe_escape.go:55:33: toUintptr(&arr[0]) != uintptr(0) escapes to heap
unsafe_escape.go:55:39: *(*int)(offset(&arr[0])) escapes to heap
unsafe_escape.go:55:65: *(*int)(roundTrip(&arr[1])) escapes to heap
unsafe_escape.go:56:13: ... argument does not escape
unsafe_escape.go:56:14: *(*int)(add(&arr[1])) escapes to heap
unsafe_escape.go:56:42: slice(&arr[1]) escapes to heap
unsafe_escape.go:56:53: *sliceData(arr[:]) escapes to heap
unsafe_escape.go:57:14: ([]byte)("abcdef") escapes to heap
unsafe_escape.go:58:13: ... argument does not escape
unsafe_escape.go:58:17: str(&b[1]) escapes to heap
unsafe_escape.go:58:32: string(*strData("xyz")) escapes to heap
unsafe_escape.go:58:33: string(*strData("xyz")) escapes to heap
unsafe_escape.go:58:51: *masked(&arr[2]) escapes to heap
unsafe_escape.go:60:12: ... argument does not escape
unsafe_escape.go:60:22: *convert(&f) escapes to heap
