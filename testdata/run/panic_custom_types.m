panic_custom_types.go:8:8: MyInt(7) escapes to heap
