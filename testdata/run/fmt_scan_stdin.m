fmt_scan_stdin.go:12:6: moved to heap: n
fmt_scan_stdin.go:13:6: moved to heap: name
fmt_scan_stdin.go:16:6: moved to heap: f
fmt_scan_stdin.go:17:6: moved to heap: b
fmt_scan_stdin.go:18:6: moved to heap: u
fmt_scan_stdin.go:24:7: moved to heap: x
fmt_scan_stdin.go:31:8: moved to heap: skip
fmt_scan_stdin.go:14:22: ... argument does not escape
fmt_scan_stdin.go:15:13: ... argument does not escape
fmt_scan_stdin.go:15:14: c escapes to heap
fmt_scan_stdin.go:15:22: n escapes to heap
fmt_scan_stdin.go:15:25: name escapes to heap
fmt_scan_stdin.go:19:19: ... argument does not escape
fmt_scan_stdin.go:20:13: ... argument does not escape
fmt_scan_stdin.go:20:14: c escapes to heap
fmt_scan_stdin.go:20:22: f escapes to heap
fmt_scan_stdin.go:20:25: b escapes to heap
fmt_scan_stdin.go:20:28: u escapes to heap
fmt_scan_stdin.go:25:21: ... argument does not escape
fmt_scan_stdin.go:30:15: ... argument does not escape
fmt_scan_stdin.go:30:16: "error:" escapes to heap
fmt_scan_stdin.go:32:12: ... argument does not escape
fmt_scan_stdin.go:38:13: ... argument does not escape
fmt_scan_stdin.go:38:14: count escapes to heap
fmt_scan_stdin.go:38:21: sum escapes to heap
