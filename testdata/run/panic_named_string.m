panic_named_string.go:6:14: Reason("disk \"full\"") escapes to heap
