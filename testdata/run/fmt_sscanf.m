fmt_sscanf.go:10:3: moved to heap: a
fmt_sscanf.go:10:6: moved to heap: b
fmt_sscanf.go:10:9: moved to heap: c
fmt_sscanf.go:11:3: moved to heap: u
fmt_sscanf.go:12:3: moved to heap: s
fmt_sscanf.go:13:3: moved to heap: f
fmt_sscanf.go:14:3: moved to heap: t
fmt_sscanf.go:15:3: moved to heap: r
fmt_sscanf.go:17:22: ... argument does not escape
fmt_sscanf.go:18:13: ... argument does not escape
fmt_sscanf.go:18:14: n escapes to heap
fmt_sscanf.go:18:22: a escapes to heap
fmt_sscanf.go:18:25: b escapes to heap
fmt_sscanf.go:18:28: c escapes to heap
fmt_sscanf.go:18:31: u escapes to heap
fmt_sscanf.go:19:21: ... argument does not escape
fmt_sscanf.go:20:13: ... argument does not escape
fmt_sscanf.go:20:14: n escapes to heap
fmt_sscanf.go:20:22: a escapes to heap
fmt_sscanf.go:20:25: b escapes to heap
fmt_sscanf.go:21:21: ... argument does not escape
fmt_sscanf.go:22:13: ... argument does not escape
fmt_sscanf.go:22:14: n escapes to heap
fmt_sscanf.go:22:22: a escapes to heap
fmt_sscanf.go:23:21: ... argument does not escape
fmt_sscanf.go:24:13: ... argument does not escape
fmt_sscanf.go:24:14: n escapes to heap
fmt_sscanf.go:24:22: s escapes to heap
fmt_sscanf.go:24:25: a escapes to heap
fmt_sscanf.go:24:28: f escapes to heap
fmt_sscanf.go:24:31: t escapes to heap
fmt_sscanf.go:25:21: ... argument does not escape
fmt_sscanf.go:26:13: ... argument does not escape
fmt_sscanf.go:26:14: n escapes to heap
fmt_sscanf.go:26:22: a escapes to heap
fmt_sscanf.go:26:25: b escapes to heap
fmt_sscanf.go:27:21: ... argument does not escape
fmt_sscanf.go:28:13: ... argument does not escape
fmt_sscanf.go:28:14: n escapes to heap
fmt_sscanf.go:28:28: string(r) escapes to heap
fmt_sscanf.go:28:29: string(r) escapes to heap
fmt_sscanf.go:29:21: ... argument does not escape
fmt_sscanf.go:30:13: ... argument does not escape
fmt_sscanf.go:30:14: n escapes to heap
fmt_sscanf.go:30:22: a escapes to heap
fmt_sscanf.go:31:21: ... argument does not escape
fmt_sscanf.go:32:13: ... argument does not escape
fmt_sscanf.go:32:14: n escapes to heap
fmt_sscanf.go:33:21: ... argument does not escape
fmt_sscanf.go:34:13: ... argument does not escape
fmt_sscanf.go:34:14: n escapes to heap
fmt_sscanf.go:34:22: a escapes to heap
fmt_sscanf.go:34:25: b escapes to heap
fmt_sscanf.go:35:21: ... argument does not escape
fmt_sscanf.go:36:13: ... argument does not escape
fmt_sscanf.go:36:14: n escapes to heap
fmt_sscanf.go:37:21: ... argument does not escape
fmt_sscanf.go:38:13: ... argument does not escape
fmt_sscanf.go:38:14: n escapes to heap
fmt_sscanf.go:39:21: ... argument does not escape
fmt_sscanf.go:40:13: ... argument does not escape
fmt_sscanf.go:40:14: n escapes to heap
fmt_sscanf.go:41:21: ... argument does not escape
fmt_sscanf.go:42:13: ... argument does not escape
fmt_sscanf.go:42:14: n escapes to heap
fmt_sscanf.go:43:21: ... argument does not escape
fmt_sscanf.go:44:13: ... argument does not escape
fmt_sscanf.go:44:14: n escapes to heap
fmt_sscanf.go:45:21: ... argument does not escape
fmt_sscanf.go:46:13: ... argument does not escape
fmt_sscanf.go:46:14: n escapes to heap
fmt_sscanf.go:46:22: a escapes to heap
fmt_sscanf.go:47:21: ... argument does not escape
fmt_sscanf.go:48:13: ... argument does not escape
fmt_sscanf.go:48:14: n escapes to heap
