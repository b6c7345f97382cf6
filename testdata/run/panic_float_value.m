panic_float_value.go:4:8: 1e+21 escapes to heap
