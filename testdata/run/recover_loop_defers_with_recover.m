recover_loop_defers_with_recover.go:5:18: moved to heap: got
recover_loop_defers_with_recover.go:7:9: func literal escapes to heap
recover_loop_defers_with_recover.go:8:16: append escapes to heap
recover_loop_defers_with_recover.go:11:8: "boom" escapes to heap
recover_loop_defers_with_recover.go:15:13: ... argument does not escape
recover_loop_defers_with_recover.go:15:17: run(3) escapes to heap
