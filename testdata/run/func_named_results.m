func_named_results.go:24:13: ... argument does not escape
func_named_results.go:24:13: .autotmp_0 escapes to heap
func_named_results.go:24:13: .autotmp_1 escapes to heap
func_named_results.go:26:13: ... argument does not escape
func_named_results.go:26:14: n escapes to heap
func_named_results.go:26:19: s == "" escapes to heap
func_named_results.go:26:26: f escapes to heap
func_named_results.go:26:29: b escapes to heap
func_named_results.go:27:13: ... argument does not escape
func_named_results.go:27:22: override(5) escapes to heap
func_named_results.go:27:35: override(-1) escapes to heap
