math_constants_limits.go:9:13: ... argument does not escape
math_constants_limits.go:9:18: 127 escapes to heap
math_constants_limits.go:9:32: -128 escapes to heap
math_constants_limits.go:9:46: 32767 escapes to heap
math_constants_limits.go:9:61: 65535 escapes to heap
math_constants_limits.go:10:13: ... argument does not escape
math_constants_limits.go:10:18: 2147483647 escapes to heap
math_constants_limits.go:10:33: -2147483648 escapes to heap
math_constants_limits.go:10:48: 4294967295 escapes to heap
math_constants_limits.go:11:13: ... argument does not escape
math_constants_limits.go:11:18: 9223372036854775807 escapes to heap
math_constants_limits.go:11:33: -9223372036854775808 escapes to heap
math_constants_limits.go:11:50: uint64(18446744073709551615) escapes to heap
math_constants_limits.go:12:13: ... argument does not escape
math_constants_limits.go:12:18: 9223372036854775807 escapes to heap
math_constants_limits.go:12:31: -9223372036854775808 escapes to heap
math_constants_limits.go:12:44: uint(18446744073709551615) escapes to heap
math_constants_limits.go:13:13: ... argument does not escape
math_constants_limits.go:13:18: 3.14159 escapes to heap
math_constants_limits.go:13:27: 2.71828 escapes to heap
math_constants_limits.go:13:35: 1.41421 escapes to heap
math_constants_limits.go:13:47: 1.61803 escapes to heap
math_constants_limits.go:13:57: 0.693147 escapes to heap
math_constants_limits.go:14:13: ... argument does not escape
math_constants_limits.go:14:18: 1.79769e+308 escapes to heap
math_constants_limits.go:14:35: 4.94066e-324 escapes to heap
math_constants_limits.go:15:13: ... argument does not escape
math_constants_limits.go:15:18: 3.40282e+38 escapes to heap
math_constants_limits.go:15:35: 1.4013e-45 escapes to heap
math_constants_limits.go:16:12: ... argument does not escape
math_constants_limits.go:16:28: 3.14159 escapes to heap
math_constants_limits.go:16:37: 127 escapes to heap
math_constants_limits.go:18:13: ... argument does not escape
math_constants_limits.go:18:14: float32(3.14159) escapes to heap
math_constants_limits.go:18:26: float64(f32) escapes to heap
