panic_fatal_error_while_panicking.go:19:24: E{} escapes to heap
panic_fatal_error_while_panicking.go:17:6: moved to heap: mu
panic_fatal_error_while_panicking.go:19:8: func literal does not escape
panic_fatal_error_while_panicking.go:20:8: func literal does not escape
