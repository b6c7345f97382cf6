recover_nested_func_literal.go:10:15: ... argument does not escape
recover_nested_func_literal.go:10:16: "nested literal:" escapes to heap
recover_nested_func_literal.go:9:3: func literal does not escape
recover_nested_func_literal.go:13:14: ... argument does not escape
recover_nested_func_literal.go:13:15: "deferred function:" escapes to heap
recover_nested_func_literal.go:6:8: func literal does not escape
recover_nested_func_literal.go:15:8: "p" escapes to heap
