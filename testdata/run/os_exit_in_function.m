os_exit_in_function.go:9:11: leaking param content: w
os_exit_in_function.go:9:28: leaking param: msg
os_exit_in_function.go:10:14: ... argument does not escape
os_exit_in_function.go:10:26: "fatal:" escapes to heap
os_exit_in_function.go:10:36: msg escapes to heap
os_exit_in_function.go:17:14: ... argument does not escape
os_exit_in_function.go:17:18: "buffered output flushed before exit" escapes to heap
os_exit_in_function.go:18:20: "defer is skipped" escapes to heap
os_exit_in_function.go:18:19: ... argument does not escape
