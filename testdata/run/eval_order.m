eval_order.go:7:8: leaking param: name
eval_order.go:8:16: append escapes to heap
eval_order.go:13:13: ... argument does not escape
eval_order.go:13:14: trace escapes to heap
eval_order.go:36:10: main ignoring self-assignment in x[j], j = x[2], 1
eval_order.go:24:12: []int{...} escapes to heap
eval_order.go:27:13: ... argument does not escape
eval_order.go:27:14: s escapes to heap
eval_order.go:30:13: ... argument does not escape
eval_order.go:30:14: i escapes to heap
eval_order.go:30:17: s escapes to heap
eval_order.go:33:13: ... argument does not escape
eval_order.go:33:14: a escapes to heap
eval_order.go:33:17: b escapes to heap
eval_order.go:34:12: []int{...} escapes to heap
eval_order.go:37:13: ... argument does not escape
eval_order.go:37:14: x escapes to heap
eval_order.go:37:17: j escapes to heap
eval_order.go:43:13: ... argument does not escape
eval_order.go:43:14: arr escapes to heap
