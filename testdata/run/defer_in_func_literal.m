defer_in_func_literal.go:8:21: "literal's defer" escapes to heap
defer_in_func_literal.go:8:20: ... argument does not escape
defer_in_func_literal.go:9:14: ... argument does not escape
defer_in_func_literal.go:9:15: "inside literal" escapes to heap
defer_in_func_literal.go:13:9: func literal does not escape
defer_in_func_literal.go:6:13: ... argument does not escape
defer_in_func_literal.go:6:14: "main start" escapes to heap
defer_in_func_literal.go:7:2: func literal does not escape
defer_in_func_literal.go:11:13: ... argument does not escape
defer_in_func_literal.go:11:14: "after literal" escapes to heap
defer_in_func_literal.go:12:7: func literal does not escape
defer_in_func_literal.go:16:13: ... argument does not escape
defer_in_func_literal.go:16:15: f(4) escapes to heap
defer_in_func_literal.go:16:21: f(5) escapes to heap
