defer_loop_closure_capture.go:12:2: moved to heap: j
defer_loop_closure_capture.go:8:9: func literal escapes to heap
defer_loop_closure_capture.go:9:15: ... argument does not escape
defer_loop_closure_capture.go:9:16: "closure i =" escapes to heap
defer_loop_closure_capture.go:9:31: i escapes to heap
defer_loop_closure_capture.go:14:9: func literal escapes to heap
defer_loop_closure_capture.go:15:15: ... argument does not escape
defer_loop_closure_capture.go:15:16: "shared j =" escapes to heap
defer_loop_closure_capture.go:15:30: j escapes to heap
