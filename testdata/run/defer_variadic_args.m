defer_variadic_args.go:5:10: leaking param: tag
defer_variadic_args.go:5:22: xs does not escape
defer_variadic_args.go:10:13: ... argument does not escape
defer_variadic_args.go:10:14: tag escapes to heap
defer_variadic_args.go:10:22: len(xs) escapes to heap
defer_variadic_args.go:10:28: t escapes to heap
defer_variadic_args.go:14:13: []int{...} does not escape
defer_variadic_args.go:16:11: ... argument does not escape
defer_variadic_args.go:19:13: ... argument does not escape
defer_variadic_args.go:19:14: "body" escapes to heap
