math_numeric_conversions.go:9:17: []float64{...} does not escape
math_numeric_conversions.go:11:14: ... argument does not escape
math_numeric_conversions.go:11:15: f escapes to heap
math_numeric_conversions.go:11:21: int(f) escapes to heap
math_numeric_conversions.go:11:31: int64(f) escapes to heap
math_numeric_conversions.go:11:41: int32(int64(f)) escapes to heap
math_numeric_conversions.go:11:58: uint8(int(f)) escapes to heap
math_numeric_conversions.go:15:13: ... argument does not escape
math_numeric_conversions.go:15:14: u escapes to heap
math_numeric_conversions.go:15:23: uint32(u) escapes to heap
math_numeric_conversions.go:15:33: uint8(u) escapes to heap
math_numeric_conversions.go:15:42: int8(u) escapes to heap
math_numeric_conversions.go:18:13: ... argument does not escape
math_numeric_conversions.go:18:14: i8 escapes to heap
math_numeric_conversions.go:18:23: uint8(i8) escapes to heap
math_numeric_conversions.go:18:34: int16(i8) escapes to heap
math_numeric_conversions.go:18:46: uint16(i8) escapes to heap
math_numeric_conversions.go:20:13: ... argument does not escape
math_numeric_conversions.go:20:19: int32(big) escapes to heap
math_numeric_conversions.go:20:31: int16(big) escapes to heap
math_numeric_conversions.go:20:43: uint8(big) escapes to heap
math_numeric_conversions.go:21:13: ... argument does not escape
math_numeric_conversions.go:21:21: float32(0.1) escapes to heap
math_numeric_conversions.go:21:35: 0.1 escapes to heap
math_numeric_conversions.go:21:58: float32(1.67772e+07) escapes to heap
math_numeric_conversions.go:22:13: ... argument does not escape
math_numeric_conversions.go:22:20: uint64(18446744073709551615) escapes to heap
math_numeric_conversions.go:22:45: 1.84467e+19 escapes to heap
math_numeric_conversions.go:22:77: uint64(9223372036854775808) escapes to heap
math_numeric_conversions.go:23:13: ... argument does not escape
math_numeric_conversions.go:23:20: "A" escapes to heap
math_numeric_conversions.go:23:38: "世" escapes to heap
math_numeric_conversions.go:23:60: "�" escapes to heap
math_numeric_conversions.go:23:78: "�" escapes to heap
math_numeric_conversions.go:24:15: ([]byte)("héllo") does not escape
math_numeric_conversions.go:24:15: zero-copy string->[]byte conversion
math_numeric_conversions.go:25:15: []rune{...} does not escape
math_numeric_conversions.go:26:13: ... argument does not escape
math_numeric_conversions.go:26:17: len(bs) escapes to heap
math_numeric_conversions.go:26:26: len(rs) escapes to heap
math_numeric_conversions.go:26:38: string(bs[1:3]) escapes to heap
math_numeric_conversions.go:26:41: string(bs[1:3]) escapes to heap
math_numeric_conversions.go:26:55: string(rs[1]) escapes to heap
math_numeric_conversions.go:26:58: string(rs[1]) escapes to heap
math_numeric_conversions.go:26:70: string(rs[:2]) escapes to heap
math_numeric_conversions.go:26:73: string(rs[:2]) escapes to heap
math_numeric_conversions.go:28:13: ... argument does not escape
math_numeric_conversions.go:28:18: 4 escapes to heap
math_numeric_conversions.go:28:31: 1.26765e+30 escapes to heap
math_numeric_conversions.go:30:13: ... argument does not escape
math_numeric_conversions.go:30:24: float64(x) / 2 escapes to heap
math_numeric_conversions.go:30:29: x / 2 escapes to heap
math_numeric_conversions.go:30:43: float32(x) / float32(3) escapes to heap
