panic_stringer_value.go:12:13: ... argument does not escape
panic_stringer_value.go:12:19: Color(1) escapes to heap
panic_stringer_value.go:13:13: Color(2) escapes to heap
