runtime_caller.go:11:11: leaking param: file to result ~r0 level=0
runtime_caller.go:17:13: ... argument does not escape
runtime_caller.go:17:18: base(file) escapes to heap
runtime_caller.go:17:26: line escapes to heap
runtime_caller.go:17:32: ok escapes to heap
runtime_caller.go:19:13: ... argument does not escape
runtime_caller.go:19:18: base(file) escapes to heap
runtime_caller.go:19:26: line escapes to heap
runtime_caller.go:19:32: ok escapes to heap
runtime_caller.go:23:13: make([]uintptr, 10) does not escape
runtime_caller.go:31:14: ... argument does not escape
runtime_caller.go:31:21: (*runtime.Func).Name(f) escapes to heap
runtime_caller.go:31:29: base(file) escapes to heap
runtime_caller.go:31:37: line escapes to heap
runtime_caller.go:40:2: func literal does not escape
runtime_caller.go:44:13: ... argument does not escape
runtime_caller.go:44:14: ok escapes to heap
runtime_caller.go:45:13: ... argument does not escape
runtime_caller.go:45:35: runtime.FuncForPC(uintptr(0)) == nil escapes to heap
