variadic_any_args.go:5:11: format does not escape
variadic_any_args.go:5:26: leaking param content: args
variadic_any_args.go:6:28: "[log] " + format + "\n" does not escape
variadic_any_args.go:9:12: args does not escape
variadic_any_args.go:12:6: ... argument does not escape
variadic_any_args.go:12:23: 3 escapes to heap
variadic_any_args.go:12:26: "ok" escapes to heap
variadic_any_args.go:14:15: []any{...} does not escape
variadic_any_args.go:14:16: 1 escapes to heap
variadic_any_args.go:14:19: "two" escapes to heap
variadic_any_args.go:14:26: 3 escapes to heap
variadic_any_args.go:16:13: ... argument does not escape
variadic_any_args.go:16:19: count(nil...) escapes to heap
variadic_any_args.go:16:28: count(... argument...) escapes to heap
variadic_any_args.go:16:28: ... argument does not escape
variadic_any_args.go:16:40: count(vals...) escapes to heap
variadic_any_args.go:16:56: count(... argument...) escapes to heap
variadic_any_args.go:16:56: ... argument does not escape
variadic_any_args.go:16:57: vals does not escape
variadic_any_args.go:16:69: count(nil...) escapes to heap
variadic_any_args.go:17:18: []string{...} escapes to heap
variadic_any_args.go:18:13: ... argument does not escape
variadic_any_args.go:18:14: strs escapes to heap
variadic_any_args.go:18:23: len(strs) escapes to heap
variadic_any_args.go:19:26: []any{...} does not escape
variadic_any_args.go:19:27: "x" escapes to heap
variadic_any_args.go:19:20: append does not escape
