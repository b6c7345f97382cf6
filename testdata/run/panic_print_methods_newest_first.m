panic_print_methods_newest_first.go:10:13: "e" + string(rune(E(48) + e)) escapes to heap
panic_print_methods_newest_first.go:10:26: string(rune(E(48) + e)) does not escape
panic_print_methods_newest_first.go:15:7: s does not escape
panic_print_methods_newest_first.go:17:14: "s:" + string(s) escapes to heap
panic_print_methods_newest_first.go:21:24: E(3) escapes to heap
panic_print_methods_newest_first.go:22:24: S("two") escapes to heap
panic_print_methods_newest_first.go:23:24: E(1) escapes to heap
panic_print_methods_newest_first.go:21:8: func literal does not escape
panic_print_methods_newest_first.go:22:8: func literal does not escape
panic_print_methods_newest_first.go:23:8: func literal does not escape
panic_print_methods_newest_first.go:24:8: "first" escapes to heap
