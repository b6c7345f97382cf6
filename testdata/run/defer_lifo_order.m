defer_lifo_order.go:6:28: []string{...} does not escape
defer_lifo_order.go:7:21: "loop defer" escapes to heap
defer_lifo_order.go:7:35: s escapes to heap
defer_lifo_order.go:7:20: ... argument does not escape
defer_lifo_order.go:9:20: "last statement defer" escapes to heap
defer_lifo_order.go:9:19: ... argument does not escape
defer_lifo_order.go:10:13: ... argument does not escape
defer_lifo_order.go:10:14: "body" escapes to heap
defer_lifo_order.go:14:20: "main defer 1" escapes to heap
defer_lifo_order.go:14:19: ... argument does not escape
defer_lifo_order.go:15:20: "main defer 2" escapes to heap
defer_lifo_order.go:15:19: ... argument does not escape
