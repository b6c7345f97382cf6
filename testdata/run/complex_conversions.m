complex_conversions.go:9:13: ... argument does not escape
complex_conversions.go:9:14: complex64((2 + 3i)) escapes to heap
complex_conversions.go:9:19: c128 escapes to heap
complex_conversions.go:9:26: (-5 + 12i) escapes to heap
complex_conversions.go:10:13: ... argument does not escape
complex_conversions.go:10:18: 2 escapes to heap
complex_conversions.go:10:27: 3 escapes to heap
complex_conversions.go:14:13: ... argument does not escape
complex_conversions.go:14:14: z escapes to heap
complex_conversions.go:14:17: z32 escapes to heap
complex_conversions.go:14:38: complex128(z32) == z escapes to heap
complex_conversions.go:16:13: ... argument does not escape
complex_conversions.go:16:14: zero escapes to heap
complex_conversions.go:16:25: zero == (0 + 0i) escapes to heap
complex_conversions.go:17:21: []complex128{...} does not escape
complex_conversions.go:22:13: ... argument does not escape
complex_conversions.go:22:14: s escapes to heap
