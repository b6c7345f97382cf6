godefer_eval_order.go:65:11: devirtualizing .autotmp_10.V to T
godefer_eval_order.go:12:7: t does not escape
godefer_eval_order.go:28:6: &T{...} escapes to heap
godefer_eval_order.go:30:7: T{...} escapes to heap
godefer_eval_order.go:31:6: func literal escapes to heap
godefer_eval_order.go:37:15: &T{...} escapes to heap
godefer_eval_order.go:37:29: T{...} escapes to heap
godefer_eval_order.go:38:6: func literal escapes to heap
godefer_eval_order.go:52:7: &T{...} does not escape
godefer_eval_order.go:54:13: T{...} does not escape
godefer_eval_order.go:55:7: func literal does not escape
godefer_eval_order.go:57:9: func literal does not escape
godefer_eval_order.go:59:16: &T{...} escapes to heap
godefer_eval_order.go:59:32: T{...} escapes to heap
godefer_eval_order.go:60:7: func literal escapes to heap
godefer_eval_order.go:68:8: func literal does not escape
godefer_eval_order.go:71:11: leaking param: wg
godefer_eval_order.go:84:18: func literal does not escape
