fmt_width_flags.go:6:12: ... argument does not escape
fmt_width_flags.go:6:50: 42 escapes to heap
fmt_width_flags.go:6:54: 42 escapes to heap
fmt_width_flags.go:6:58: 42 escapes to heap
fmt_width_flags.go:6:62: 42 escapes to heap
fmt_width_flags.go:6:66: 42 escapes to heap
fmt_width_flags.go:7:12: ... argument does not escape
fmt_width_flags.go:7:38: -42 escapes to heap
fmt_width_flags.go:7:43: -42 escapes to heap
fmt_width_flags.go:7:48: -42 escapes to heap
fmt_width_flags.go:8:12: ... argument does not escape
fmt_width_flags.go:8:46: "go" escapes to heap
fmt_width_flags.go:8:52: "go" escapes to heap
fmt_width_flags.go:8:58: "gopher" escapes to heap
fmt_width_flags.go:8:68: "gopher" escapes to heap
fmt_width_flags.go:9:12: ... argument does not escape
fmt_width_flags.go:9:52: 3.14159 escapes to heap
fmt_width_flags.go:9:61: 3.14159 escapes to heap
fmt_width_flags.go:9:70: -3.14159 escapes to heap
fmt_width_flags.go:9:80: 2 escapes to heap
fmt_width_flags.go:10:12: ... argument does not escape
fmt_width_flags.go:10:31: "a" escapes to heap
fmt_width_flags.go:10:36: "b" escapes to heap
fmt_width_flags.go:11:12: ... argument does not escape
fmt_width_flags.go:11:50: 255 escapes to heap
fmt_width_flags.go:11:55: 255 escapes to heap
fmt_width_flags.go:11:60: 255 escapes to heap
fmt_width_flags.go:11:65: 255 escapes to heap
fmt_width_flags.go:11:70: 8 escapes to heap
fmt_width_flags.go:12:12: ... argument does not escape
fmt_width_flags.go:12:31: 'z' escapes to heap
fmt_width_flags.go:12:36: 'z' escapes to heap
fmt_width_flags.go:13:12: ... argument does not escape
fmt_width_flags.go:13:31: true escapes to heap
fmt_width_flags.go:13:37: false escapes to heap
fmt_width_flags.go:14:12: ... argument does not escape
fmt_width_flags.go:14:31: 6 escapes to heap
fmt_width_flags.go:14:34: 7 escapes to heap
fmt_width_flags.go:14:37: 6 escapes to heap
fmt_width_flags.go:14:40: 7 escapes to heap
fmt_width_flags.go:15:12: ... argument does not escape
fmt_width_flags.go:15:38: []int{...} escapes to heap
fmt_width_flags.go:15:38: []int{...} escapes to heap
fmt_width_flags.go:15:46: "v" escapes to heap
fmt_width_flags.go:16:12: ... argument does not escape
fmt_width_flags.go:16:34: 1234.57 escapes to heap
fmt_width_flags.go:16:45: 1234.57 escapes to heap
fmt_width_flags.go:18:13: ... argument does not escape
fmt_width_flags.go:18:33: i escapes to heap
fmt_width_flags.go:18:36: i escapes to heap
fmt_width_flags.go:18:39: i escapes to heap
