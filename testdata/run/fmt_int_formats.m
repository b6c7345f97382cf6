fmt_int_formats.go:6:12: ... argument does not escape
fmt_int_formats.go:6:34: int8(-128) escapes to heap
fmt_int_formats.go:6:47: int16(-32768) escapes to heap
fmt_int_formats.go:6:62: int32(-2147483648) escapes to heap
fmt_int_formats.go:6:82: int64(-9223372036854775808) escapes to heap
fmt_int_formats.go:7:12: ... argument does not escape
fmt_int_formats.go:7:35: uint8(255) escapes to heap
fmt_int_formats.go:7:48: uint16(65535) escapes to heap
fmt_int_formats.go:7:63: uint32(4294967295) escapes to heap
fmt_int_formats.go:7:83: uint64(18446744073709551615) escapes to heap
fmt_int_formats.go:8:12: ... argument does not escape
fmt_int_formats.go:8:30: -255 escapes to heap
fmt_int_formats.go:8:36: 3054 escapes to heap
fmt_int_formats.go:8:42: -8 escapes to heap
fmt_int_formats.go:8:46: -5 escapes to heap
fmt_int_formats.go:9:12: ... argument does not escape
fmt_int_formats.go:9:34: 255 escapes to heap
fmt_int_formats.go:9:39: 255 escapes to heap
fmt_int_formats.go:9:44: 8 escapes to heap
fmt_int_formats.go:9:47: 5 escapes to heap
fmt_int_formats.go:10:12: ... argument does not escape
fmt_int_formats.go:10:28: int8(-1) escapes to heap
fmt_int_formats.go:10:39: uint8(255) escapes to heap
fmt_int_formats.go:11:12: ... argument does not escape
fmt_int_formats.go:11:53: 5 escapes to heap
fmt_int_formats.go:11:56: 64 escapes to heap
fmt_int_formats.go:11:60: 48879 escapes to heap
fmt_int_formats.go:11:68: 42 escapes to heap
fmt_int_formats.go:11:72: 42 escapes to heap
fmt_int_formats.go:12:12: ... argument does not escape
fmt_int_formats.go:12:42: 0 escapes to heap
fmt_int_formats.go:12:45: -3 escapes to heap
fmt_int_formats.go:12:49: 0 escapes to heap
fmt_int_formats.go:12:52: -3 escapes to heap
fmt_int_formats.go:13:12: ... argument does not escape
fmt_int_formats.go:13:28: 'G' escapes to heap
fmt_int_formats.go:13:33: 'o' escapes to heap
fmt_int_formats.go:13:38: '!' escapes to heap
fmt_int_formats.go:13:43: 128512 escapes to heap
fmt_int_formats.go:14:12: ... argument does not escape
fmt_int_formats.go:14:30: 'a' escapes to heap
fmt_int_formats.go:14:35: '\n' escapes to heap
fmt_int_formats.go:14:41: '\'' escapes to heap
fmt_int_formats.go:14:47: 127 escapes to heap
fmt_int_formats.go:15:12: ... argument does not escape
fmt_int_formats.go:15:25: 'x' escapes to heap
fmt_int_formats.go:15:30: '⌘' escapes to heap
fmt_int_formats.go:16:12: ... argument does not escape
fmt_int_formats.go:16:24: 'a' escapes to heap
fmt_int_formats.go:16:33: byte(97) escapes to heap
fmt_int_formats.go:17:12: ... argument does not escape
fmt_int_formats.go:17:41: 7 escapes to heap
fmt_int_formats.go:17:44: 7 escapes to heap
fmt_int_formats.go:17:47: 0 escapes to heap
fmt_int_formats.go:17:50: 1 escapes to heap
fmt_int_formats.go:18:12: ... argument does not escape
fmt_int_formats.go:18:32: "hello" escapes to heap
fmt_int_formats.go:18:41: "hello" escapes to heap
fmt_int_formats.go:18:50: "hi" escapes to heap
fmt_int_formats.go:18:56: "hi" escapes to heap
fmt_int_formats.go:19:12: ... argument does not escape
fmt_int_formats.go:19:48: "héllo" escapes to heap
fmt_int_formats.go:19:58: "ab" escapes to heap
fmt_int_formats.go:19:64: "ab" escapes to heap
fmt_int_formats.go:19:70: "héllo" escapes to heap
fmt_int_formats.go:19:80: "tab\t" escapes to heap
fmt_int_formats.go:19:89: "é" escapes to heap
fmt_int_formats.go:19:95: "raw" escapes to heap
fmt_int_formats.go:20:12: ... argument does not escape
fmt_int_formats.go:20:31: false escapes to heap
fmt_int_formats.go:20:38: true escapes to heap
fmt_int_formats.go:20:44: false escapes to heap
fmt_int_formats.go:21:12: ... argument does not escape
fmt_int_formats.go:21:33: []int8{...} escapes to heap
fmt_int_formats.go:21:33: []int8{...} escapes to heap
fmt_int_formats.go:21:50: []uint16{...} escapes to heap
fmt_int_formats.go:21:50: []uint16{...} escapes to heap
fmt_int_formats.go:21:67: []int{...} escapes to heap
fmt_int_formats.go:21:67: []int{...} escapes to heap
fmt_int_formats.go:22:12: ... argument does not escape
fmt_int_formats.go:22:37: []int{...} escapes to heap
fmt_int_formats.go:22:37: []int{...} escapes to heap
fmt_int_formats.go:22:51: []int{...} escapes to heap
fmt_int_formats.go:22:51: []int{...} escapes to heap
fmt_int_formats.go:22:65: []int{...} escapes to heap
fmt_int_formats.go:22:65: []int{...} escapes to heap
