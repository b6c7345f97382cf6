panic_print_method_panics_string.go:10:8: "bad error" escapes to heap
panic_print_method_panics_string.go:14:9: E{...} escapes to heap
