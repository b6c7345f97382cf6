goexit_from_nested_call.go:9:20: "c's defer" escapes to heap
goexit_from_nested_call.go:9:19: ... argument does not escape
goexit_from_nested_call.go:14:20: "b's defer" escapes to heap
goexit_from_nested_call.go:14:19: ... argument does not escape
goexit_from_nested_call.go:16:13: ... argument does not escape
goexit_from_nested_call.go:16:14: "b not reached" escapes to heap
goexit_from_nested_call.go:20:20: "main's defer" escapes to heap
goexit_from_nested_call.go:20:19: ... argument does not escape
goexit_from_nested_call.go:22:13: ... argument does not escape
goexit_from_nested_call.go:22:14: "main not reached" escapes to heap
