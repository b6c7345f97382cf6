complex_arith.go:8:13: ... argument does not escape
complex_arith.go:8:15: a + b escapes to heap
complex_arith.go:8:20: a - b escapes to heap
complex_arith.go:8:25: a * b escapes to heap
complex_arith.go:8:30: a / b escapes to heap
complex_arith.go:9:13: ... argument does not escape
complex_arith.go:9:18: real(a * b) escapes to heap
complex_arith.go:9:29: imag(a * b) escapes to heap
complex_arith.go:10:13: ... argument does not escape
complex_arith.go:10:16: a == (1 + 2i) escapes to heap
complex_arith.go:10:36: a != b escapes to heap
complex_arith.go:13:13: ... argument does not escape
complex_arith.go:13:14: c escapes to heap
complex_arith.go:13:21: real(c) escapes to heap
complex_arith.go:13:30: imag(c) escapes to heap
complex_arith.go:14:12: ... argument does not escape
complex_arith.go:14:27: c escapes to heap
complex_arith.go:14:34: real(c) escapes to heap
complex_arith.go:14:39: (1 + 2i) escapes to heap
complex_arith.go:15:12: ... argument does not escape
complex_arith.go:15:32: (3 + -4i) escapes to heap
complex_arith.go:15:35: (3 + -4i) escapes to heap
complex_arith.go:15:38: (3 + -4i) escapes to heap
complex_arith.go:15:41: (3 + -4i) escapes to heap
complex_arith.go:17:13: ... argument does not escape
complex_arith.go:17:15: a / z escapes to heap
complex_arith.go:17:19: -a escapes to heap
complex_arith.go:19:13: ... argument does not escape
complex_arith.go:19:21: complex(x, y) escapes to heap
complex_arith.go:19:36: complex(float32(x), float32(y)) escapes to heap
