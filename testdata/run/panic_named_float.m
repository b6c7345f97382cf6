panic_named_float.go:6:15: Celsius(-40.25) escapes to heap
