defer_mixed_loop_and_plain.go:5:18: moved to heap: trace
defer_mixed_loop_and_plain.go:6:8: func literal does not escape
defer_mixed_loop_and_plain.go:8:9: func literal escapes to heap
defer_mixed_loop_and_plain.go:8:37: ... argument does not escape
defer_mixed_loop_and_plain.go:8:38: i escapes to heap
defer_mixed_loop_and_plain.go:10:8: func literal does not escape
defer_mixed_loop_and_plain.go:15:13: ... argument does not escape
defer_mixed_loop_and_plain.go:15:17: run(0) escapes to heap
defer_mixed_loop_and_plain.go:16:13: ... argument does not escape
defer_mixed_loop_and_plain.go:16:17: run(3) escapes to heap
