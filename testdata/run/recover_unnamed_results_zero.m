recover_unnamed_results_zero.go:6:8: func literal does not escape
recover_unnamed_results_zero.go:11:9: "p" escapes to heap
recover_unnamed_results_zero.go:13:24: []int{...} escapes to heap
recover_unnamed_results_zero.go:18:13: ... argument does not escape
recover_unnamed_results_zero.go:18:14: a escapes to heap
recover_unnamed_results_zero.go:18:19: b == "" escapes to heap
recover_unnamed_results_zero.go:18:28: c == nil escapes to heap
