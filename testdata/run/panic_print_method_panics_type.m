panic_print_method_panics_type.go:11:8: "bad error" escapes to heap
panic_print_method_panics_type.go:18:8: 42 escapes to heap
panic_print_method_panics_type.go:22:24: S(2) escapes to heap
panic_print_method_panics_type.go:23:24: E(1) escapes to heap
panic_print_method_panics_type.go:22:8: func literal does not escape
panic_print_method_panics_type.go:23:8: func literal does not escape
panic_print_method_panics_type.go:24:8: "first" escapes to heap
