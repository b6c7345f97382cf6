defer_named_result_modify.go:6:8: func literal does not escape
defer_named_result_modify.go:13:8: func literal does not escape
defer_named_result_modify.go:16:20: ... argument does not escape
defer_named_result_modify.go:26:13: ... argument does not escape
defer_named_result_modify.go:26:20: double(3) escapes to heap
defer_named_result_modify.go:27:13: ... argument does not escape
defer_named_result_modify.go:27:13: .autotmp_0 escapes to heap
defer_named_result_modify.go:28:13: ... argument does not escape
defer_named_result_modify.go:28:13: .autotmp_2 escapes to heap
