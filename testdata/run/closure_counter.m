closure_counter.go:6:2: moved to heap: n
closure_counter.go:7:9: func literal escapes to heap
closure_counter.go:16:13: ... argument does not escape
closure_counter.go:16:16: c1() escapes to heap
closure_counter.go:16:22: c1() escapes to heap
closure_counter.go:16:28: c1() escapes to heap
closure_counter.go:17:13: ... argument does not escape
closure_counter.go:17:16: c2() escapes to heap
closure_counter.go:17:22: c2() escapes to heap
closure_counter.go:18:13: ... argument does not escape
closure_counter.go:18:16: c1() escapes to heap
