float_int_conversions.go:7:13: ... argument does not escape
float_int_conversions.go:7:21: float64(big) escapes to heap
float_int_conversions.go:7:35: float32(big) escapes to heap
float_int_conversions.go:9:13: ... argument does not escape
float_int_conversions.go:9:21: float64(half) escapes to heap
float_int_conversions.go:9:36: float64(half + uint64(1)) escapes to heap
float_int_conversions.go:9:53: float64(half - uint64(1)) escapes to heap
float_int_conversions.go:11:13: ... argument does not escape
float_int_conversions.go:11:20: uint64(f) escapes to heap
float_int_conversions.go:13:13: ... argument does not escape
float_int_conversions.go:13:20: uint64(g) escapes to heap
float_int_conversions.go:15:13: ... argument does not escape
float_int_conversions.go:15:21: float64(neg) escapes to heap
float_int_conversions.go:15:35: float32(neg) escapes to heap
float_int_conversions.go:16:29: []float64{...} does not escape
float_int_conversions.go:17:14: ... argument does not escape
float_int_conversions.go:17:15: x escapes to heap
float_int_conversions.go:17:21: int(x) escapes to heap
float_int_conversions.go:17:30: int8(x) escapes to heap
float_int_conversions.go:17:40: int64(x) escapes to heap
float_int_conversions.go:20:13: ... argument does not escape
float_int_conversions.go:20:21: float64(u32) escapes to heap
float_int_conversions.go:20:35: float32(u32) escapes to heap
float_int_conversions.go:20:48: uint32(float64(u32)) escapes to heap
float_int_conversions.go:22:13: ... argument does not escape
float_int_conversions.go:22:21: float64(small) escapes to heap
float_int_conversions.go:22:33: int(small * float32(1e+10)) escapes to heap
