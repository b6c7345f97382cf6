func_variadic.go:5:10: nums does not escape
func_variadic.go:13:12: leaking param: prefix
func_variadic.go:13:27: xs does not escape
func_variadic.go:16:12: "," + x escapes to heap
func_variadic.go:18:19: ... argument does not escape
func_variadic.go:18:20: s escapes to heap
func_variadic.go:18:23: " n=" escapes to heap
func_variadic.go:18:33: len(xs) escapes to heap
func_variadic.go:22:13: ... argument does not escape
func_variadic.go:22:17: sum(nil...) escapes to heap
func_variadic.go:23:13: ... argument does not escape
func_variadic.go:23:17: sum(... argument...) escapes to heap
func_variadic.go:23:17: ... argument does not escape
func_variadic.go:24:13: []int{...} does not escape
func_variadic.go:25:13: ... argument does not escape
func_variadic.go:25:17: sum(xs...) escapes to heap
func_variadic.go:26:13: ... argument does not escape
func_variadic.go:26:19: count("a", nil...) escapes to heap
func_variadic.go:27:13: ... argument does not escape
func_variadic.go:27:19: count("a", ... argument...) escapes to heap
func_variadic.go:27:19: ... argument does not escape
