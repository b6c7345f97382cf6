defer_nine_stack.go:13:8: func literal does not escape
