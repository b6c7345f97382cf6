math_elementary_bits.go:12:8: leaking param: name
math_elementary_bits.go:13:12: ... argument does not escape
math_elementary_bits.go:13:37: name escapes to heap
math_elementary_bits.go:13:43: x escapes to heap
math_elementary_bits.go:13:46: v escapes to heap
math_elementary_bits.go:13:49: v escapes to heap
math_elementary_bits.go:13:68: math.Float64bits(v) escapes to heap
math_elementary_bits.go:18:13: ... argument does not escape
math_elementary_bits.go:18:22: math.Tan(0.785398) escapes to heap
math_elementary_bits.go:18:43: math.Exp(1.5) escapes to heap
math_elementary_bits.go:18:58: math.Sin(3.14159) escapes to heap
math_elementary_bits.go:18:77: math.Cos(1.5708) escapes to heap
math_elementary_bits.go:18:98: math.Log(10) escapes to heap
math_elementary_bits.go:23:3: []struct { name string; f func(float64) float64 }{...} does not escape
math_elementary_bits.go:32:17: []float64{...} does not escape
math_elementary_bits.go:42:13: ... argument does not escape
math_elementary_bits.go:42:46: x escapes to heap
math_elementary_bits.go:42:49: s escapes to heap
math_elementary_bits.go:42:52: c escapes to heap
math_elementary_bits.go:42:71: math.Float64bits(s) escapes to heap
math_elementary_bits.go:42:92: math.Float64bits(c) escapes to heap
math_elementary_bits.go:45:23: [][2]float64{...} does not escape
math_elementary_bits.go:52:13: ... argument does not escape
math_elementary_bits.go:52:43: x escapes to heap
math_elementary_bits.go:52:46: y escapes to heap
math_elementary_bits.go:52:49: v escapes to heap
math_elementary_bits.go:52:52: v escapes to heap
math_elementary_bits.go:52:71: math.Float64bits(v) escapes to heap
math_elementary_bits.go:54:13: ... argument does not escape
math_elementary_bits.go:54:42: x escapes to heap
math_elementary_bits.go:54:45: y escapes to heap
math_elementary_bits.go:54:48: v escapes to heap
math_elementary_bits.go:54:67: math.Float64bits(v) escapes to heap
math_elementary_bits.go:56:13: ... argument does not escape
math_elementary_bits.go:56:42: x escapes to heap
math_elementary_bits.go:56:45: y escapes to heap
math_elementary_bits.go:56:48: v escapes to heap
math_elementary_bits.go:56:67: math.Float64bits(v) escapes to heap
math_elementary_bits.go:58:25: []int{...} does not escape
math_elementary_bits.go:59:13: ... argument does not escape
math_elementary_bits.go:59:37: n escapes to heap
math_elementary_bits.go:59:50: math.Pow10(n) escapes to heap
math_elementary_bits.go:59:65: math.Pow10(n) escapes to heap
math_elementary_bits.go:68:12: ... argument does not escape
math_elementary_bits.go:68:29: sum escapes to heap
math_elementary_bits.go:68:50: math.Float64bits(sum) escapes to heap
