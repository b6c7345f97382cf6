strconv_hex_float.go:12:28: []string{...} does not escape
strconv_hex_float.go:21:14: ... argument does not escape
strconv_hex_float.go:21:15: s escapes to heap
strconv_hex_float.go:21:18: f escapes to heap
strconv_hex_float.go:23:28: []string{...} does not escape
strconv_hex_float.go:25:14: ... argument does not escape
strconv_hex_float.go:25:15: s escapes to heap
strconv_hex_float.go:25:25: float32(f) escapes to heap
