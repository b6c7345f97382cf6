panic_print_nil_deref_repeated.go:9:12: p does not escape
panic_print_nil_deref_repeated.go:12:8: func literal does not escape
