escape_defer_go_args.go:15:10: leaking param: label
escape_defer_go_args.go:15:24: xs does not escape
escape_defer_go_args.go:20:13: ... argument does not escape
escape_defer_go_args.go:20:14: label escapes to heap
escape_defer_go_args.go:20:21: t escapes to heap
escape_defer_go_args.go:20:27: len(xs) escapes to heap
escape_defer_go_args.go:24:11: leaking param content: vs
escape_defer_go_args.go:29:12: ... argument does not escape
escape_defer_go_args.go:36:21: "di" escapes to heap
escape_defer_go_args.go:36:27: i escapes to heap
escape_defer_go_args.go:36:32: pt{...} escapes to heap
escape_defer_go_args.go:36:20: ... argument does not escape
escape_defer_go_args.go:43:3: moved to heap: p
escape_defer_go_args.go:44:14: p escapes to heap
escape_defer_go_args.go:44:27: [2]int{...} escapes to heap
escape_defer_go_args.go:44:13: ... argument does not escape
escape_defer_go_args.go:50:11: ... argument does not escape
escape_defer_go_args.go:51:13: n escapes to heap
escape_defer_go_args.go:51:18: pt{...} escapes to heap
escape_defer_go_args.go:51:12: ... argument does not escape
escape_defer_go_args.go:62:18: leaking param content: vs
escape_defer_go_args.go:57:6: moved to heap: wg
escape_defer_go_args.go:58:6: moved to heap: mu
escape_defer_go_args.go:59:17: make([]string, 3) escapes to heap
escape_defer_go_args.go:62:6: func literal escapes to heap
escape_defer_go_args.go:67:8: i escapes to heap
escape_defer_go_args.go:67:13: pt{...} escapes to heap
escape_defer_go_args.go:67:31: [3]int{...} escapes to heap
escape_defer_go_args.go:67:4: ... argument does not escape
escape_defer_go_args.go:70:13: ... argument does not escape
escape_defer_go_args.go:70:14: results escapes to heap
escape_defer_go_args.go:88:7: b does not escape
escape_defer_go_args.go:88:19: leaking param: wg
escape_defer_go_args.go:88:39: out does not escape
escape_defer_go_args.go:75:6: moved to heap: wg
escape_defer_go_args.go:76:13: make([]int, 3) escapes to heap
escape_defer_go_args.go:79:8: &box{...} escapes to heap
escape_defer_go_args.go:83:13: ... argument does not escape
escape_defer_go_args.go:83:14: out escapes to heap
escape_defer_go_args.go:101:35: ... argument does not escape
escape_defer_go_args.go:101:36: "mv" escapes to heap
escape_defer_go_args.go:101:43: b.v escapes to heap
escape_defer_go_args.go:106:20: leaking param: a
escape_defer_go_args.go:106:40: ... argument does not escape
escape_defer_go_args.go:106:41: "ca" escapes to heap
escape_defer_go_args.go:106:47: p escapes to heap
escape_defer_go_args.go:106:9: func literal escapes to heap
escape_defer_go_args.go:106:71: [1]int{...} escapes to heap
