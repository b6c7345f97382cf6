defer_nested_calls_order.go:6:20: "inner defer" escapes to heap
defer_nested_calls_order.go:6:19: ... argument does not escape
defer_nested_calls_order.go:7:13: ... argument does not escape
defer_nested_calls_order.go:7:14: "inner body" escapes to heap
defer_nested_calls_order.go:11:20: "middle defer 1" escapes to heap
defer_nested_calls_order.go:11:19: ... argument does not escape
defer_nested_calls_order.go:13:20: "middle defer 2" escapes to heap
defer_nested_calls_order.go:13:19: ... argument does not escape
defer_nested_calls_order.go:14:13: ... argument does not escape
defer_nested_calls_order.go:14:14: "middle body" escapes to heap
defer_nested_calls_order.go:18:20: "main defer" escapes to heap
defer_nested_calls_order.go:18:19: ... argument does not escape
defer_nested_calls_order.go:20:13: ... argument does not escape
defer_nested_calls_order.go:20:14: "main body" escapes to heap
