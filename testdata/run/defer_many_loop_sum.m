defer_many_loop_sum.go:5:18: moved to heap: sum
defer_many_loop_sum.go:7:9: func literal escapes to heap
defer_many_loop_sum.go:15:13: ... argument does not escape
defer_many_loop_sum.go:15:17: run(10) escapes to heap
defer_many_loop_sum.go:15:26: run(100) escapes to heap
defer_many_loop_sum.go:15:36: run(10000) escapes to heap
