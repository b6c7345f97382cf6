fmt_fprint_stderr.go:9:14: ... argument does not escape
fmt_fprint_stderr.go:9:26: "to stdout" escapes to heap
fmt_fprint_stderr.go:9:39: 1 escapes to heap
fmt_fprint_stderr.go:10:14: ... argument does not escape
fmt_fprint_stderr.go:10:26: "to stderr" escapes to heap
fmt_fprint_stderr.go:10:39: 2 escapes to heap
fmt_fprint_stderr.go:11:13: ... argument does not escape
fmt_fprint_stderr.go:11:36: "x" escapes to heap
fmt_fprint_stderr.go:11:41: 3 escapes to heap
fmt_fprint_stderr.go:12:12: ... argument does not escape
fmt_fprint_stderr.go:12:24: "a" escapes to heap
fmt_fprint_stderr.go:12:29: "b" escapes to heap
fmt_fprint_stderr.go:12:34: 4 escapes to heap
fmt_fprint_stderr.go:12:37: 5 escapes to heap
fmt_fprint_stderr.go:12:40: "\n" escapes to heap
fmt_fprint_stderr.go:13:23: ... argument does not escape
fmt_fprint_stderr.go:13:47: 3.14159 escapes to heap
fmt_fprint_stderr.go:14:13: ... argument does not escape
fmt_fprint_stderr.go:14:14: n escapes to heap
fmt_fprint_stderr.go:16:25: ([]byte)("bytes to stderr\n") does not escape
