panic_print_divide_repeated.go:9:8: func literal does not escape
