defer_return_value_order.go:7:14: leaking param: tag
defer_return_value_order.go:8:14: append escapes to heap
defer_return_value_order.go:13:8: func literal does not escape
defer_return_value_order.go:14:31: ... argument does not escape
defer_return_value_order.go:14:32: "defer sees r=" escapes to heap
defer_return_value_order.go:14:49: r escapes to heap
defer_return_value_order.go:14:15: append escapes to heap
defer_return_value_order.go:22:13: ... argument does not escape
defer_return_value_order.go:22:14: v escapes to heap
defer_return_value_order.go:24:14: ... argument does not escape
defer_return_value_order.go:24:15: l escapes to heap
