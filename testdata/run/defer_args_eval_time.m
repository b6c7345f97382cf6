defer_args_eval_time.go:5:11: leaking param: tag
defer_args_eval_time.go:5:30: leaking param: s
defer_args_eval_time.go:5:39: p does not escape
defer_args_eval_time.go:6:13: ... argument does not escape
defer_args_eval_time.go:6:14: tag escapes to heap
defer_args_eval_time.go:6:19: a escapes to heap
defer_args_eval_time.go:6:22: s escapes to heap
defer_args_eval_time.go:6:25: *p escapes to heap
defer_args_eval_time.go:9:11: n does not escape
defer_args_eval_time.go:11:13: ... argument does not escape
defer_args_eval_time.go:11:14: "evaluating argument, n =" escapes to heap
defer_args_eval_time.go:11:42: *n escapes to heap
defer_args_eval_time.go:17:12: []int{...} escapes to heap
defer_args_eval_time.go:21:12: append escapes to heap
defer_args_eval_time.go:23:13: ... argument does not escape
defer_args_eval_time.go:23:14: "body, n =" escapes to heap
defer_args_eval_time.go:23:27: n escapes to heap
