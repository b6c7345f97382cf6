closure_escape.go:11:2: moved to heap: total
closure_escape.go:13:8: func literal escapes to heap
closure_escape.go:14:8: func literal escapes to heap
closure_escape.go:20:2: moved to heap: base
closure_escape.go:22:19: func literal escapes to heap
closure_escape.go:22:14: append escapes to heap
closure_escape.go:33:13: ... argument does not escape
closure_escape.go:33:19: a.get() escapes to heap
closure_escape.go:33:28: b.get() escapes to heap
closure_escape.go:36:14: ... argument does not escape
closure_escape.go:36:16: f() escapes to heap
closure_escape.go:38:13: ... argument does not escape
closure_escape.go:38:19: fs[0]() escapes to heap
