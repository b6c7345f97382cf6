panic_print_repanic_chain_long.go:8:25: (recover()).(int) + 1 escapes to heap
panic_print_repanic_chain_long.go:11:9: func literal does not escape
panic_print_repanic_chain_long.go:12:9: 13 escapes to heap
panic_print_repanic_chain_long.go:7:8: func literal does not escape
panic_print_repanic_chain_long.go:10:8: func literal does not escape
panic_print_repanic_chain_long.go:14:8: func literal does not escape
panic_print_repanic_chain_long.go:15:8: func literal does not escape
panic_print_repanic_chain_long.go:16:8: 10 escapes to heap
