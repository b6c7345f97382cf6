panic_named_code.go:7:12: Code(404) escapes to heap
