panic_print_goexit_recovered_then_panic.go:10:9: "second" escapes to heap
panic_print_goexit_recovered_then_panic.go:16:9: "first" escapes to heap
panic_print_goexit_recovered_then_panic.go:9:8: func literal does not escape
panic_print_goexit_recovered_then_panic.go:12:8: func literal does not escape
panic_print_goexit_recovered_then_panic.go:15:8: func literal does not escape
