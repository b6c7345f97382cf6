assign_tuple_store_order.go:9:10: name does not escape
assign_tuple_store_order.go:9:23: f does not escape
assign_tuple_store_order.go:10:8: func literal does not escape
assign_tuple_store_order.go:53:13: main ignoring self-assignment in a[0], a[2] = a[2], a[0]
assign_tuple_store_order.go:53:13: main ignoring self-assignment in a[0], a[2] = a[2], a[0]
assign_tuple_store_order.go:19:18: map[int]int{} does not escape
assign_tuple_store_order.go:21:28: func literal does not escape
assign_tuple_store_order.go:24:12: []int{} does not escape
assign_tuple_store_order.go:25:24: func literal does not escape
assign_tuple_store_order.go:29:24: func literal does not escape
assign_tuple_store_order.go:33:32: func literal does not escape
assign_tuple_store_order.go:38:26: func literal does not escape
assign_tuple_store_order.go:42:28: func literal does not escape
assign_tuple_store_order.go:48:13: &P{} does not escape
assign_tuple_store_order.go:52:12: []int{...} does not escape
