recover_after_runtime_error_continue.go:5:10: s does not escape
recover_after_runtime_error_continue.go:6:8: func literal does not escape
recover_after_runtime_error_continue.go:15:12: []int{...} does not escape
recover_after_runtime_error_continue.go:17:14: ... argument does not escape
recover_after_runtime_error_continue.go:17:15: i escapes to heap
recover_after_runtime_error_continue.go:17:28: fmt.Sprint(... argument...) escapes to heap
recover_after_runtime_error_continue.go:17:28: ... argument does not escape
recover_after_runtime_error_continue.go:17:28: .autotmp_2 escapes to heap
recover_after_runtime_error_continue.go:17:28: .autotmp_3 escapes to heap
