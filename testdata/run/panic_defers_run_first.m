panic_defers_run_first.go:6:20: "unwinding level" escapes to heap
panic_defers_run_first.go:6:39: n escapes to heap
panic_defers_run_first.go:6:19: ... argument does not escape
panic_defers_run_first.go:8:20: fmt.Sprintf("failure at level %d", ... argument...) escapes to heap
panic_defers_run_first.go:8:20: ... argument does not escape
panic_defers_run_first.go:8:44: n escapes to heap
panic_defers_run_first.go:11:13: ... argument does not escape
panic_defers_run_first.go:11:14: "not reached" escapes to heap
panic_defers_run_first.go:11:29: n escapes to heap
panic_defers_run_first.go:15:20: "main's defer" escapes to heap
panic_defers_run_first.go:15:19: ... argument does not escape
