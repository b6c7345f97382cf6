fmt_scanf_stdin.go:9:6: moved to heap: n
fmt_scanf_stdin.go:13:7: moved to heap: x
fmt_scanf_stdin.go:18:6: moved to heap: key
fmt_scanf_stdin.go:19:6: moved to heap: val
fmt_scanf_stdin.go:10:11: ... argument does not escape
fmt_scanf_stdin.go:14:12: ... argument does not escape
fmt_scanf_stdin.go:20:21: ... argument does not escape
fmt_scanf_stdin.go:21:13: ... argument does not escape
fmt_scanf_stdin.go:21:14: n escapes to heap
fmt_scanf_stdin.go:21:17: sum escapes to heap
fmt_scanf_stdin.go:21:22: c escapes to heap
fmt_scanf_stdin.go:21:30: key escapes to heap
fmt_scanf_stdin.go:21:35: val escapes to heap
fmt_scanf_stdin.go:22:20: ... argument does not escape
fmt_scanf_stdin.go:23:13: ... argument does not escape
fmt_scanf_stdin.go:23:14: c escapes to heap
