defer_func_value_eval_time.go:5:23: ... argument does not escape
defer_func_value_eval_time.go:5:24: "a runs" escapes to heap
defer_func_value_eval_time.go:6:23: ... argument does not escape
defer_func_value_eval_time.go:6:24: "b runs" escapes to heap
defer_func_value_eval_time.go:8:11: leaking param: name
defer_func_value_eval_time.go:9:13: ... argument does not escape
defer_func_value_eval_time.go:9:14: "picking" escapes to heap
defer_func_value_eval_time.go:9:25: name escapes to heap
defer_func_value_eval_time.go:21:13: ... argument does not escape
defer_func_value_eval_time.go:21:14: "body" escapes to heap
