panic_custom_error_type.go:10:7: leaking param content: e
panic_custom_error_type.go:11:20: ... argument does not escape
panic_custom_error_type.go:11:51: e.Op escapes to heap
panic_custom_error_type.go:11:57: e.Code escapes to heap
panic_custom_error_type.go:15:9: &OpError{...} escapes to heap
