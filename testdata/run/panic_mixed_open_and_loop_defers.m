panic_mixed_open_and_loop_defers.go:11:14: ... argument does not escape
panic_mixed_open_and_loop_defers.go:11:15: "closure defer after the loop" escapes to heap
panic_mixed_open_and_loop_defers.go:6:20: "plain defer before the loop" escapes to heap
panic_mixed_open_and_loop_defers.go:6:19: ... argument does not escape
panic_mixed_open_and_loop_defers.go:8:21: "loop defer" escapes to heap
panic_mixed_open_and_loop_defers.go:8:35: i escapes to heap
panic_mixed_open_and_loop_defers.go:8:20: ... argument does not escape
panic_mixed_open_and_loop_defers.go:10:8: func literal does not escape
panic_mixed_open_and_loop_defers.go:13:18: fmt.Sprint(... argument...) escapes to heap
panic_mixed_open_and_loop_defers.go:13:18: ... argument does not escape
panic_mixed_open_and_loop_defers.go:13:19: "n=" escapes to heap
panic_mixed_open_and_loop_defers.go:13:25: n escapes to heap
panic_mixed_open_and_loop_defers.go:18:14: ... argument does not escape
panic_mixed_open_and_loop_defers.go:18:15: "main recovered:" escapes to heap
panic_mixed_open_and_loop_defers.go:17:8: func literal does not escape
