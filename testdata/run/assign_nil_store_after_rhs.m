assign_nil_store_after_rhs.go:10:10: name does not escape
assign_nil_store_after_rhs.go:10:23: g does not escape
assign_nil_store_after_rhs.go:11:8: func literal does not escape
assign_nil_store_after_rhs.go:21:13: []int{} does not escape
assign_nil_store_after_rhs.go:16:21: func literal does not escape
assign_nil_store_after_rhs.go:20:28: func literal does not escape
assign_nil_store_after_rhs.go:25:34: func literal does not escape
assign_nil_store_after_rhs.go:29:35: func literal does not escape
assign_nil_store_after_rhs.go:33:11: make([]int, 3) does not escape
