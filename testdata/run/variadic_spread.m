variadic_spread.go:5:10: xs does not escape
variadic_spread.go:13:16: xs does not escape
variadic_spread.go:19:11: leaking param: prefix
variadic_spread.go:19:26: xs does not escape
variadic_spread.go:20:20: ... argument does not escape
variadic_spread.go:20:41: prefix escapes to heap
variadic_spread.go:20:52: len(xs) escapes to heap
variadic_spread.go:20:61: xs == nil escapes to heap
variadic_spread.go:24:12: []int{...} escapes to heap
variadic_spread.go:25:13: ... argument does not escape
variadic_spread.go:25:17: sum(nil...) escapes to heap
variadic_spread.go:25:24: sum(... argument...) escapes to heap
variadic_spread.go:25:24: ... argument does not escape
variadic_spread.go:25:32: sum(... argument...) escapes to heap
variadic_spread.go:25:32: ... argument does not escape
variadic_spread.go:25:46: sum(s...) escapes to heap
variadic_spread.go:25:57: sum(s[1:]...) escapes to heap
variadic_spread.go:27:13: ... argument does not escape
variadic_spread.go:27:14: s escapes to heap
variadic_spread.go:28:11: ... argument does not escape
variadic_spread.go:29:13: ... argument does not escape
variadic_spread.go:29:14: s escapes to heap
variadic_spread.go:30:13: ... argument does not escape
variadic_spread.go:30:18: info("none", nil...) escapes to heap
variadic_spread.go:31:13: ... argument does not escape
variadic_spread.go:31:18: info("nil spread", ([]int)(nil)...) escapes to heap
variadic_spread.go:32:13: ... argument does not escape
variadic_spread.go:32:18: info("empty spread", []int{}...) escapes to heap
variadic_spread.go:32:40: []int{} does not escape
