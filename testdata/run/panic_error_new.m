panic_error_new.go:9:13: ... argument does not escape
panic_error_new.go:9:14: "about to panic with an error value" escapes to heap
