panic_print_repanic_then_new.go:11:9: "third" escapes to heap
panic_print_repanic_then_new.go:8:8: func literal does not escape
panic_print_repanic_then_new.go:13:8: func literal does not escape
panic_print_repanic_then_new.go:16:8: "first" escapes to heap
