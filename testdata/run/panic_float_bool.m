panic_float_bool.go:7:13: ... argument does not escape
panic_float_bool.go:7:14: "x =" escapes to heap
panic_float_bool.go:7:21: 2.5 escapes to heap
panic_float_bool.go:8:10: x * 2 escapes to heap
