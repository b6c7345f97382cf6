func_multi_results.go:9:11: leaking param: a to result ~r1 level=0
func_multi_results.go:9:14: leaking param: b to result ~r0 level=0
func_multi_results.go:19:13: ... argument does not escape
func_multi_results.go:19:14: q escapes to heap
func_multi_results.go:19:17: r escapes to heap
func_multi_results.go:21:13: ... argument does not escape
func_multi_results.go:21:14: q escapes to heap
func_multi_results.go:21:17: r escapes to heap
func_multi_results.go:23:13: ... argument does not escape
func_multi_results.go:23:14: a escapes to heap
func_multi_results.go:23:17: b escapes to heap
func_multi_results.go:25:13: ... argument does not escape
func_multi_results.go:25:14: n escapes to heap
func_multi_results.go:25:17: even escapes to heap
func_multi_results.go:25:23: s escapes to heap
func_multi_results.go:27:13: ... argument does not escape
func_multi_results.go:27:14: r2 escapes to heap
