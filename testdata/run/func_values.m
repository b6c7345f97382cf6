func_values.go:8:12: f does not escape
func_values.go:12:11: op does not escape
func_values.go:20:13: ... argument does not escape
func_values.go:20:19: apply(add, 3, 4) escapes to heap
func_values.go:20:37: apply(mul, 3, 4) escapes to heap
func_values.go:23:13: ... argument does not escape
func_values.go:23:15: f(10, 20) escapes to heap
func_values.go:23:26: g(10, 20) escapes to heap
func_values.go:25:13: ... argument does not escape
func_values.go:25:16: h == nil escapes to heap
func_values.go:27:13: ... argument does not escape
func_values.go:27:16: h != nil escapes to heap
func_values.go:27:25: h(1, 2) escapes to heap
func_values.go:28:29: []func(int, int) int{...} does not escape
func_values.go:28:40: func literal does not escape
func_values.go:30:14: ... argument does not escape
func_values.go:30:15: i escapes to heap
func_values.go:30:20: op(9, 3) escapes to heap
