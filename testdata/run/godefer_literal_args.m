godefer_literal_args.go:27:11: leaking param: s
godefer_literal_args.go:27:44: ... argument does not escape
godefer_literal_args.go:27:45: "ints" escapes to heap
godefer_literal_args.go:27:53: s escapes to heap
godefer_literal_args.go:28:44: ... argument does not escape
godefer_literal_args.go:28:45: "arr" escapes to heap
godefer_literal_args.go:28:52: a escapes to heap
godefer_literal_args.go:29:44: ... argument does not escape
godefer_literal_args.go:29:45: "pair" escapes to heap
godefer_literal_args.go:29:53: p escapes to heap
godefer_literal_args.go:30:13: leaking param: q
godefer_literal_args.go:30:44: ... argument does not escape
godefer_literal_args.go:30:45: "nested" escapes to heap
godefer_literal_args.go:30:55: q escapes to heap
godefer_literal_args.go:31:11: leaking param: g
godefer_literal_args.go:31:44: ... argument does not escape
godefer_literal_args.go:31:45: "grid" escapes to heap
godefer_literal_args.go:31:53: g escapes to heap
godefer_literal_args.go:32:11: leaking param: v
godefer_literal_args.go:32:44: ... argument does not escape
godefer_literal_args.go:32:45: "any" escapes to heap
godefer_literal_args.go:33:10: p does not escape
godefer_literal_args.go:33:44: ... argument does not escape
godefer_literal_args.go:33:45: "ptr" escapes to heap
godefer_literal_args.go:33:52: *p escapes to heap
godefer_literal_args.go:34:11: m does not escape
godefer_literal_args.go:34:44: ... argument does not escape
godefer_literal_args.go:34:45: "map" escapes to heap
godefer_literal_args.go:34:53: m["a"] escapes to heap
godefer_literal_args.go:34:61: m["b"] escapes to heap
godefer_literal_args.go:35:20: leaking param: s
godefer_literal_args.go:35:45: ... argument does not escape
godefer_literal_args.go:35:46: "vari" escapes to heap
godefer_literal_args.go:35:54: pre escapes to heap
godefer_literal_args.go:35:59: s escapes to heap
godefer_literal_args.go:36:10: leaking param: s
godefer_literal_args.go:36:44: ... argument does not escape
godefer_literal_args.go:36:45: "two" escapes to heap
godefer_literal_args.go:36:52: s escapes to heap
godefer_literal_args.go:36:55: p escapes to heap
godefer_literal_args.go:40:17: leaking param: s
godefer_literal_args.go:40:39: ... argument does not escape
godefer_literal_args.go:40:40: "show" escapes to heap
godefer_literal_args.go:40:49: r.n escapes to heap
godefer_literal_args.go:40:53: s escapes to heap
godefer_literal_args.go:44:18: []int{...} escapes to heap
godefer_literal_args.go:48:76: ... argument does not escape
godefer_literal_args.go:48:77: x escapes to heap
godefer_literal_args.go:48:42: []int{...} escapes to heap
godefer_literal_args.go:49:20: [][]int{...} escapes to heap
godefer_literal_args.go:49:21: []int{...} escapes to heap
godefer_literal_args.go:49:26: []int{...} escapes to heap
godefer_literal_args.go:50:18: []int{...} escapes to heap
godefer_literal_args.go:50:18: []int{...} escapes to heap
godefer_literal_args.go:51:12: &P{...} does not escape
godefer_literal_args.go:52:27: map[string]int{...} does not escape
godefer_literal_args.go:53:12: ... argument escapes to heap
godefer_literal_args.go:53:21: []int{...} escapes to heap
godefer_literal_args.go:53:31: []int{...} escapes to heap
godefer_literal_args.go:54:17: []int{...} escapes to heap
godefer_literal_args.go:56:20: []int{...} escapes to heap
godefer_literal_args.go:57:19: []int{...} escapes to heap
godefer_literal_args.go:58:18: []int{...} escapes to heap
godefer_literal_args.go:59:13: ... argument does not escape
godefer_literal_args.go:59:14: "x at return" escapes to heap
godefer_literal_args.go:59:29: x escapes to heap
godefer_literal_args.go:65:15: leaking param: s
godefer_literal_args.go:65:10: func literal escapes to heap
godefer_literal_args.go:66:14: ... argument does not escape
godefer_literal_args.go:66:15: "go" escapes to heap
godefer_literal_args.go:66:21: s escapes to heap
godefer_literal_args.go:66:24: p escapes to heap
godefer_literal_args.go:69:15: []int{...} escapes to heap
godefer_literal_args.go:71:5: func literal escapes to heap
godefer_literal_args.go:72:14: ... argument does not escape
godefer_literal_args.go:72:15: "go arr" escapes to heap
godefer_literal_args.go:72:25: a escapes to heap
godefer_literal_args.go:85:19: []int{...} escapes to heap
godefer_literal_args.go:87:19: []int{...} escapes to heap
godefer_literal_args.go:83:2: func literal does not escape
godefer_literal_args.go:91:13: make([]int, 3) escapes to heap
godefer_literal_args.go:92:2: func literal does not escape
godefer_literal_args.go:94:24: []int{...} does not escape
godefer_literal_args.go:96:13: ... argument does not escape
godefer_literal_args.go:96:14: "copy" escapes to heap
godefer_literal_args.go:96:22: buf escapes to heap
godefer_literal_args.go:98:2: func literal does not escape
