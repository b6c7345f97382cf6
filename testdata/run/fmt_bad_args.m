fmt_bad_args.go:7:33: "Error method panics" escapes to heap
fmt_bad_args.go:14:12: ... argument does not escape
fmt_bad_args.go:14:24: "str" escapes to heap
fmt_bad_args.go:14:31: 5 escapes to heap
fmt_bad_args.go:16:12: ... argument does not escape
fmt_bad_args.go:16:24: "a" escapes to heap
fmt_bad_args.go:16:29: "b" escapes to heap
fmt_bad_args.go:16:34: "c" escapes to heap
fmt_bad_args.go:16:39: 4 escapes to heap
fmt_bad_args.go:17:12: ... argument does not escape
fmt_bad_args.go:17:31: 2.5 escapes to heap
fmt_bad_args.go:17:36: 3.5 escapes to heap
fmt_bad_args.go:17:41: 12345.7 escapes to heap
fmt_bad_args.go:18:12: ... argument does not escape
fmt_bad_args.go:18:24: 1 escapes to heap
fmt_bad_args.go:18:27: "true" escapes to heap
fmt_bad_args.go:19:12: ... argument does not escape
fmt_bad_args.go:19:36: 1 escapes to heap
fmt_bad_args.go:19:39: 2 escapes to heap
fmt_bad_args.go:20:12: ... argument does not escape
fmt_bad_args.go:20:22: E{} escapes to heap
fmt_bad_args.go:22:12: ... argument does not escape
fmt_bad_args.go:23:13: ... argument does not escape
fmt_bad_args.go:23:25: fmt.Sprintf("%-010d|%+.3d|% 05d", ... argument...) escapes to heap
fmt_bad_args.go:23:25: ... argument does not escape
fmt_bad_args.go:23:48: 42 escapes to heap
fmt_bad_args.go:23:52: 7 escapes to heap
fmt_bad_args.go:23:55: -3 escapes to heap
