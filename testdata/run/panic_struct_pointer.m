panic_struct_pointer.go:10:7: &T{...} escapes to heap
panic_struct_pointer.go:11:12: ... argument does not escape
