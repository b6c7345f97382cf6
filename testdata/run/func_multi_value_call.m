func_multi_value_call.go:9:18: leaking param: s
func_multi_value_call.go:9:54: ... argument does not escape
func_multi_value_call.go:9:55: s escapes to heap
func_multi_value_call.go:9:58: "=" escapes to heap
func_multi_value_call.go:9:63: n escapes to heap
func_multi_value_call.go:13:10: xs does not escape
func_multi_value_call.go:22:13: ... argument does not escape
func_multi_value_call.go:22:18: show(int(.autotmp_0), .autotmp_1) escapes to heap
func_multi_value_call.go:23:13: ... argument does not escape
func_multi_value_call.go:23:18: add3(int(.autotmp_2), .autotmp_3, .autotmp_4) escapes to heap
func_multi_value_call.go:24:13: ... argument does not escape
func_multi_value_call.go:24:17: sum(... argument...) escapes to heap
func_multi_value_call.go:24:17: ... argument does not escape
func_multi_value_call.go:25:13: ... argument does not escape
func_multi_value_call.go:25:13: .autotmp_8 escapes to heap
func_multi_value_call.go:25:13: .autotmp_9 escapes to heap
func_multi_value_call.go:26:13: ... argument does not escape
func_multi_value_call.go:26:13: .autotmp_10 escapes to heap
func_multi_value_call.go:26:13: .autotmp_11 escapes to heap
func_multi_value_call.go:26:13: .autotmp_12 escapes to heap
