len_array_call_evaluated.go:17:10: name does not escape
len_array_call_evaluated.go:17:23: f does not escape
len_array_call_evaluated.go:18:8: func literal does not escape
len_array_call_evaluated.go:25:24: func literal does not escape
len_array_call_evaluated.go:26:23: func literal does not escape
len_array_call_evaluated.go:27:22: func literal does not escape
len_array_call_evaluated.go:28:25: func literal does not escape
len_array_call_evaluated.go:32:23: func literal does not escape
len_array_call_evaluated.go:37:24: func literal does not escape
