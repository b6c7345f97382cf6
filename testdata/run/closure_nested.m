closure_nested.go:6:2: moved to heap: a
closure_nested.go:8:3: moved to heap: b
closure_nested.go:7:9: func literal escapes to heap
closure_nested.go:9:10: func literal escapes to heap
closure_nested.go:23:3: moved to heap: x
closure_nested.go:23:6: moved to heap: y
closure_nested.go:24:10: func literal escapes to heap
closure_nested.go:21:13: ... argument does not escape
closure_nested.go:21:15: f() escapes to heap
closure_nested.go:21:20: f() escapes to heap
closure_nested.go:21:25: g() escapes to heap
closure_nested.go:21:30: f() escapes to heap
closure_nested.go:21:35: g() escapes to heap
closure_nested.go:22:9: func literal does not escape
closure_nested.go:31:12: ... argument does not escape
closure_nested.go:31:16: fib() escapes to heap
closure_nested.go:31:20: " " escapes to heap
