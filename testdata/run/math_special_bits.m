math_special_bits.go:14:3: []struct { name string; f func(float64) float64 }{...} does not escape
math_special_bits.go:18:17: []float64{...} does not escape
math_special_bits.go:24:14: ... argument does not escape
math_special_bits.go:24:40: u.name escapes to heap
math_special_bits.go:24:47: x escapes to heap
math_special_bits.go:24:50: v escapes to heap
math_special_bits.go:24:53: v escapes to heap
math_special_bits.go:24:72: math.Float64bits(v) escapes to heap
math_special_bits.go:29:13: ... argument does not escape
math_special_bits.go:29:42: x escapes to heap
math_special_bits.go:29:45: l escapes to heap
math_special_bits.go:29:48: s escapes to heap
math_special_bits.go:29:67: math.Float64bits(l) escapes to heap
math_special_bits.go:31:25: []int{...} does not escape
math_special_bits.go:32:30: []float64{...} does not escape
math_special_bits.go:34:14: ... argument does not escape
math_special_bits.go:34:53: n escapes to heap
math_special_bits.go:34:56: x escapes to heap
math_special_bits.go:34:59: j escapes to heap
math_special_bits.go:34:78: math.Float64bits(j) escapes to heap
math_special_bits.go:34:83: y escapes to heap
math_special_bits.go:34:102: math.Float64bits(y) escapes to heap
