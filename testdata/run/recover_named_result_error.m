recover_named_result_error.go:8:12: leaking param: s
recover_named_result_error.go:9:8: func literal does not escape
recover_named_result_error.go:11:31: ... argument does not escape
recover_named_result_error.go:11:32: "parse " escapes to heap
recover_named_result_error.go:11:42: s escapes to heap
recover_named_result_error.go:11:45: ": " escapes to heap
recover_named_result_error.go:16:21: fmt.Sprintf("bad digit %q", ... argument...) escapes to heap
recover_named_result_error.go:16:21: ... argument does not escape
recover_named_result_error.go:16:38: c escapes to heap
recover_named_result_error.go:24:13: ... argument does not escape
recover_named_result_error.go:24:13: .autotmp_0 escapes to heap
recover_named_result_error.go:25:13: ... argument does not escape
recover_named_result_error.go:25:13: .autotmp_2 escapes to heap
recover_named_result_error.go:26:13: ... argument does not escape
recover_named_result_error.go:26:13: .autotmp_4 escapes to heap
