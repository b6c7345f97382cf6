fmt_width_precision_matrix.go:6:15: []int{...} does not escape
fmt_width_precision_matrix.go:7:21: []string{...} does not escape
fmt_width_precision_matrix.go:10:23: "[" + f + "]" does not escape
fmt_width_precision_matrix.go:11:14: ... argument does not escape
fmt_width_precision_matrix.go:11:18: v escapes to heap
fmt_width_precision_matrix.go:15:21: []float64{...} does not escape
fmt_width_precision_matrix.go:16:23: []string{...} does not escape
fmt_width_precision_matrix.go:19:20: "[" + f + "]\n" does not escape
fmt_width_precision_matrix.go:19:14: ... argument does not escape
fmt_width_precision_matrix.go:19:28: v escapes to heap
fmt_width_precision_matrix.go:22:18: []string{...} does not escape
fmt_width_precision_matrix.go:23:28: []string{...} does not escape
fmt_width_precision_matrix.go:25:20: "[" + f + "]\n" does not escape
fmt_width_precision_matrix.go:25:14: ... argument does not escape
fmt_width_precision_matrix.go:25:28: s escapes to heap
