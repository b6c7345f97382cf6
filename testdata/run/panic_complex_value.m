panic_complex_value.go:4:15: (1.5 + -2i) escapes to heap
