panic_error_method_value_receiver.go:10:7: leaking param: v
panic_error_method_value_receiver.go:11:20: ... argument does not escape
panic_error_method_value_receiver.go:11:46: v.Field escapes to heap
panic_error_method_value_receiver.go:11:55: v.Rule escapes to heap
panic_error_method_value_receiver.go:16:24: ValidationError{...} escapes to heap
panic_error_method_value_receiver.go:21:20: "deferred in main" escapes to heap
panic_error_method_value_receiver.go:21:19: ... argument does not escape
panic_error_method_value_receiver.go:23:13: ... argument does not escape
panic_error_method_value_receiver.go:23:14: "3 is valid" escapes to heap
