methodval_method_expression.go:8:7: v does not escape
methodval_method_expression.go:9:50: ... argument does not escape
methodval_method_expression.go:9:63: v.X escapes to heap
methodval_method_expression.go:9:68: v.Y escapes to heap
methodval_method_expression.go:16:2: moved to heap: w
methodval_method_expression.go:18:13: ... argument does not escape
methodval_method_expression.go:18:14: w escapes to heap
methodval_method_expression.go:18:20: str(&w) escapes to heap
methodval_method_expression.go:19:12: ... argument does not escape
methodval_method_expression.go:20:38: map[string]func(Vec, Vec) Vec{...} does not escape
methodval_method_expression.go:21:13: ... argument does not escape
methodval_method_expression.go:21:24: ops["add"](v, v) escapes to heap
