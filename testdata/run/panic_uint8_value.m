panic_uint8_value.go:5:10: b + uint8(100) escapes to heap
