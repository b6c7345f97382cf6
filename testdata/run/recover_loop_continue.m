recover_loop_continue.go:7:9: i escapes to heap
recover_loop_continue.go:9:13: ... argument does not escape
recover_loop_continue.go:9:14: "step" escapes to heap
recover_loop_continue.go:9:22: i escapes to heap
recover_loop_continue.go:9:25: "ok" escapes to heap
recover_loop_continue.go:15:3: func literal does not escape
recover_loop_continue.go:16:10: func literal does not escape
recover_loop_continue.go:19:17: ... argument does not escape
recover_loop_continue.go:19:18: "step" escapes to heap
recover_loop_continue.go:19:29: "panicked" escapes to heap
recover_loop_continue.go:25:13: ... argument does not escape
recover_loop_continue.go:25:14: "failures:" escapes to heap
recover_loop_continue.go:25:27: failures escapes to heap
