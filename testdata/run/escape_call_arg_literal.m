escape_call_arg_literal.go:12:11: leaking param: x
escape_call_arg_literal.go:12:44: ... argument does not escape
escape_call_arg_literal.go:14:18: leaking param: b
escape_call_arg_literal.go:14:56: ... argument does not escape
escape_call_arg_literal.go:18:13: ... argument does not escape
escape_call_arg_literal.go:18:18: show(5000) escapes to heap
escape_call_arg_literal.go:18:19: 5000 escapes to heap
escape_call_arg_literal.go:18:27: pair(n, 5000) escapes to heap
escape_call_arg_literal.go:18:31: 5000 escapes to heap
escape_call_arg_literal.go:20:13: ... argument does not escape
escape_call_arg_literal.go:20:18: show("text") escapes to heap
escape_call_arg_literal.go:20:19: "text" escapes to heap
escape_call_arg_literal.go:22:13: ... argument does not escape
escape_call_arg_literal.go:22:18: show(uintptr(12345)) escapes to heap
escape_call_arg_literal.go:22:26: uintptr(12345) escapes to heap
escape_call_arg_literal.go:22:43: uintptr(q) == uintptr(12345) escapes to heap
escape_call_arg_literal.go:24:13: ... argument does not escape
escape_call_arg_literal.go:24:18: show(uintptr(12345)) escapes to heap
escape_call_arg_literal.go:24:19: uintptr(12345) escapes to heap
escape_call_arg_literal.go:24:23: uintptr(12345) escapes to heap
