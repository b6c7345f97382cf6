panic_nil_pointer_write.go:5:10: p does not escape
panic_nil_pointer_write.go:12:13: ... argument does not escape
panic_nil_pointer_write.go:12:14: x escapes to heap
