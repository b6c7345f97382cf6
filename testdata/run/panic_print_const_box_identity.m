panic_print_const_box_identity.go:7:21: 1000 escapes to heap
panic_print_const_box_identity.go:20:9: 1000 escapes to heap
panic_print_const_box_identity.go:24:9: "same text" escapes to heap
panic_print_const_box_identity.go:28:9: "same text" escapes to heap
panic_print_const_box_identity.go:10:8: func literal does not escape
panic_print_const_box_identity.go:14:8: func literal does not escape
panic_print_const_box_identity.go:18:8: func literal does not escape
panic_print_const_box_identity.go:22:8: func literal does not escape
panic_print_const_box_identity.go:26:8: func literal does not escape
panic_print_const_box_identity.go:30:8: 1000 escapes to heap
