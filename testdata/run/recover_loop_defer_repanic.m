recover_loop_defer_repanic.go:6:20: moved to heap: out
recover_loop_defer_repanic.go:7:8: func literal does not escape
recover_loop_defer_repanic.go:9:15: append escapes to heap
recover_loop_defer_repanic.go:12:9: func literal escapes to heap
recover_loop_defer_repanic.go:14:16: append escapes to heap
recover_loop_defer_repanic.go:15:21: r.(int) * 10 + j escapes to heap
recover_loop_defer_repanic.go:18:8: func literal does not escape
recover_loop_defer_repanic.go:19:8: i escapes to heap
