op_assign_call_first.go:14:7: func literal does not escape
op_assign_call_first.go:22:12: []int{...} does not escape
op_assign_call_first.go:23:7: func literal does not escape
op_assign_call_first.go:27:7: &T{...} does not escape
op_assign_call_first.go:28:7: func literal does not escape
op_assign_call_first.go:36:2: func literal does not escape
op_assign_call_first.go:37:9: func literal does not escape
