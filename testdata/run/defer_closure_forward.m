defer_closure_forward.go:15:8: func literal does not escape
defer_closure_forward.go:21:8: func literal does not escape
defer_closure_forward.go:32:8: func literal does not escape
defer_closure_forward.go:36:8: func literal does not escape
defer_closure_forward.go:42:8: func literal does not escape
defer_closure_forward.go:47:16: xs does not escape
defer_closure_forward.go:49:8: func literal does not escape
defer_closure_forward.go:50:8: func literal does not escape
defer_closure_forward.go:64:9: func literal escapes to heap
defer_closure_forward.go:72:13: ... argument does not escape
defer_closure_forward.go:72:14: "byValue" escapes to heap
defer_closure_forward.go:72:25: sink escapes to heap
defer_closure_forward.go:76:14: ... argument does not escape
defer_closure_forward.go:76:15: "byRef" escapes to heap
defer_closure_forward.go:76:24: i escapes to heap
defer_closure_forward.go:76:27: sink escapes to heap
defer_closure_forward.go:79:13: ... argument does not escape
defer_closure_forward.go:79:23: twoDefers(3, 1) escapes to heap
defer_closure_forward.go:79:31: sink escapes to heap
defer_closure_forward.go:80:13: ... argument does not escape
defer_closure_forward.go:80:23: twoDefers(1, 3) escapes to heap
defer_closure_forward.go:80:31: sink escapes to heap
defer_closure_forward.go:81:13: ... argument does not escape
defer_closure_forward.go:81:19: named(7) escapes to heap
defer_closure_forward.go:81:29: named(-1) escapes to heap
defer_closure_forward.go:83:13: []int{...} does not escape
defer_closure_forward.go:84:13: ... argument does not escape
defer_closure_forward.go:84:23: recovered(xs, 1) escapes to heap
defer_closure_forward.go:84:32: sink escapes to heap
defer_closure_forward.go:85:13: ... argument does not escape
defer_closure_forward.go:85:23: recovered(xs, 5) escapes to heap
defer_closure_forward.go:85:32: sink escapes to heap
defer_closure_forward.go:88:13: ... argument does not escape
defer_closure_forward.go:88:14: "loopy" escapes to heap
defer_closure_forward.go:88:23: sink escapes to heap
