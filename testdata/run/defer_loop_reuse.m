defer_loop_reuse.go:12:7: &[4]int{...} escapes to heap
defer_loop_reuse.go:13:15: append escapes to heap
defer_loop_reuse.go:22:12: leaking param: tag
defer_loop_reuse.go:22:31: leaking param: out
defer_loop_reuse.go:24:9: func literal escapes to heap
defer_loop_reuse.go:24:53: ... argument does not escape
defer_loop_reuse.go:24:54: tag escapes to heap
defer_loop_reuse.go:24:59: i escapes to heap
defer_loop_reuse.go:24:36: append escapes to heap
defer_loop_reuse.go:28:13: leaking param: out
defer_loop_reuse.go:30:25: ... argument does not escape
defer_loop_reuse.go:30:26: "n" escapes to heap
defer_loop_reuse.go:30:31: i escapes to heap
defer_loop_reuse.go:30:34: "." escapes to heap
defer_loop_reuse.go:46:21: fmt.Sprint(... argument...) escapes to heap
defer_loop_reuse.go:46:21: ... argument does not escape
defer_loop_reuse.go:46:22: "boom " escapes to heap
defer_loop_reuse.go:46:31: i escapes to heap
defer_loop_reuse.go:34:17: moved to heap: res
defer_loop_reuse.go:37:10: func literal escapes to heap
defer_loop_reuse.go:39:22: ... argument does not escape
defer_loop_reuse.go:39:23: "recovered " escapes to heap
defer_loop_reuse.go:44:9: func literal escapes to heap
defer_loop_reuse.go:53:13: leaking param content: fs
defer_loop_reuse.go:53:26: sum does not escape
defer_loop_reuse.go:70:6: moved to heap: out
defer_loop_reuse.go:78:2: moved to heap: sum
defer_loop_reuse.go:68:13: ... argument does not escape
defer_loop_reuse.go:68:17: len(kept) escapes to heap
defer_loop_reuse.go:68:25: total escapes to heap
defer_loop_reuse.go:72:13: ... argument does not escape
defer_loop_reuse.go:72:14: out escapes to heap
defer_loop_reuse.go:75:14: ... argument does not escape
defer_loop_reuse.go:75:22: panicky() escapes to heap
defer_loop_reuse.go:81:19: func literal escapes to heap
defer_loop_reuse.go:81:14: append does not escape
defer_loop_reuse.go:86:13: ... argument does not escape
defer_loop_reuse.go:86:14: sum escapes to heap
