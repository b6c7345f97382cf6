fmt_sscan.go:14:3: moved to heap: i
fmt_sscan.go:15:3: moved to heap: i8
fmt_sscan.go:16:3: moved to heap: u
fmt_sscan.go:17:3: moved to heap: f32
fmt_sscan.go:18:3: moved to heap: f
fmt_sscan.go:19:3: moved to heap: s
fmt_sscan.go:20:3: moved to heap: bs
fmt_sscan.go:21:3: moved to heap: b
fmt_sscan.go:22:3: moved to heap: r
fmt_sscan.go:48:6: moved to heap: c
fmt_sscan.go:51:6: moved to heap: c64
fmt_sscan.go:59:6: moved to heap: k
fmt_sscan.go:63:7: moved to heap: x
fmt_sscan.go:67:6: moved to heap: word
fmt_sscan.go:24:21: ... argument does not escape
fmt_sscan.go:25:13: ... argument does not escape
fmt_sscan.go:25:14: n escapes to heap
fmt_sscan.go:25:22: i escapes to heap
fmt_sscan.go:25:25: i8 escapes to heap
fmt_sscan.go:25:29: u escapes to heap
fmt_sscan.go:25:32: f32 escapes to heap
fmt_sscan.go:25:37: f escapes to heap
fmt_sscan.go:25:40: s escapes to heap
fmt_sscan.go:25:49: string(bs) escapes to heap
fmt_sscan.go:25:50: string(bs) escapes to heap
fmt_sscan.go:25:55: b escapes to heap
fmt_sscan.go:25:58: r escapes to heap
fmt_sscan.go:26:20: ... argument does not escape
fmt_sscan.go:27:13: ... argument does not escape
fmt_sscan.go:27:14: n escapes to heap
fmt_sscan.go:27:22: i escapes to heap
fmt_sscan.go:27:25: u escapes to heap
fmt_sscan.go:28:22: ... argument does not escape
fmt_sscan.go:29:13: ... argument does not escape
fmt_sscan.go:29:14: n escapes to heap
fmt_sscan.go:30:22: ... argument does not escape
fmt_sscan.go:31:13: ... argument does not escape
fmt_sscan.go:31:14: n escapes to heap
fmt_sscan.go:32:20: ... argument does not escape
fmt_sscan.go:33:13: ... argument does not escape
fmt_sscan.go:33:14: n escapes to heap
fmt_sscan.go:34:20: ... argument does not escape
fmt_sscan.go:35:13: ... argument does not escape
fmt_sscan.go:35:14: n escapes to heap
fmt_sscan.go:36:20: ... argument does not escape
fmt_sscan.go:37:13: ... argument does not escape
fmt_sscan.go:37:14: n escapes to heap
fmt_sscan.go:38:20: ... argument does not escape
fmt_sscan.go:39:13: ... argument does not escape
fmt_sscan.go:39:14: n escapes to heap
fmt_sscan.go:40:20: ... argument does not escape
fmt_sscan.go:41:13: ... argument does not escape
fmt_sscan.go:41:14: n escapes to heap
fmt_sscan.go:41:22: b escapes to heap
fmt_sscan.go:42:20: ... argument does not escape
fmt_sscan.go:43:13: ... argument does not escape
fmt_sscan.go:43:14: n escapes to heap
fmt_sscan.go:44:20: ... argument does not escape
fmt_sscan.go:45:13: ... argument does not escape
fmt_sscan.go:45:14: n escapes to heap
fmt_sscan.go:45:22: i escapes to heap
fmt_sscan.go:46:20: ... argument does not escape
fmt_sscan.go:47:13: ... argument does not escape
fmt_sscan.go:47:14: n escapes to heap
fmt_sscan.go:47:22: u escapes to heap
fmt_sscan.go:47:25: i8 escapes to heap
fmt_sscan.go:47:29: i escapes to heap
fmt_sscan.go:47:32: f escapes to heap
fmt_sscan.go:47:35: f32 escapes to heap
fmt_sscan.go:49:20: ... argument does not escape
fmt_sscan.go:50:13: ... argument does not escape
fmt_sscan.go:50:14: n escapes to heap
fmt_sscan.go:52:20: ... argument does not escape
fmt_sscan.go:53:13: ... argument does not escape
fmt_sscan.go:53:14: n escapes to heap
fmt_sscan.go:53:22: c escapes to heap
fmt_sscan.go:53:25: c64 escapes to heap
fmt_sscan.go:55:20: ... argument does not escape
fmt_sscan.go:55:26: &T{} escapes to heap
fmt_sscan.go:56:13: ... argument does not escape
fmt_sscan.go:56:14: n escapes to heap
fmt_sscan.go:60:11: ... argument does not escape
fmt_sscan.go:64:12: ... argument does not escape
fmt_sscan.go:68:20: ... argument does not escape
fmt_sscan.go:69:13: ... argument does not escape
fmt_sscan.go:69:14: k escapes to heap
fmt_sscan.go:69:17: total escapes to heap
fmt_sscan.go:69:24: word escapes to heap
fmt_sscan.go:70:20: ... argument does not escape
fmt_sscan.go:71:13: ... argument does not escape
