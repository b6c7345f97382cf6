panic_print_small_value_identity.go:9:8: func literal does not escape
panic_print_small_value_identity.go:10:10: n % 7 escapes to heap
panic_print_small_value_identity.go:14:8: func literal does not escape
panic_print_small_value_identity.go:28:9: 155 escapes to heap
panic_print_small_value_identity.go:22:8: func literal does not escape
panic_print_small_value_identity.go:26:8: func literal does not escape
panic_print_small_value_identity.go:30:8: 155 escapes to heap
