closure_recursive.go:7:8: func literal does not escape
closure_recursive.go:13:13: ... argument does not escape
closure_recursive.go:13:17: fib(20) escapes to heap
closure_recursive.go:16:9: func literal does not escape
closure_recursive.go:24:13: ... argument does not escape
closure_recursive.go:24:18: walk(0, 16) escapes to heap
closure_recursive.go:24:27: depth escapes to heap
