panic_print_goexit_then_panic.go:11:9: "during goexit" escapes to heap
panic_print_goexit_then_panic.go:10:8: func literal does not escape
