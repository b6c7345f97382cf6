math_dim.go:13:23: [][2]float64{...} does not escape
math_dim.go:19:14: ... argument does not escape
math_dim.go:19:16: c[0] escapes to heap
math_dim.go:19:22: c[1] escapes to heap
math_dim.go:19:27: d escapes to heap
math_dim.go:19:42: math.Signbit(d) escapes to heap
