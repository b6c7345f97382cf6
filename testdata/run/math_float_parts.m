math_float_parts.go:11:46: ... argument does not escape
math_float_parts.go:11:58: v escapes to heap
math_float_parts.go:11:77: math.Float64bits(v) escapes to heap
math_float_parts.go:15:17: []float64{...} does not escape
math_float_parts.go:20:14: ... argument does not escape
math_float_parts.go:20:15: "Frexp" escapes to heap
math_float_parts.go:20:25: b(x) escapes to heap
math_float_parts.go:20:31: b(fr) escapes to heap
math_float_parts.go:20:37: e escapes to heap
math_float_parts.go:20:40: "Modf" escapes to heap
math_float_parts.go:20:49: b(i) escapes to heap
math_float_parts.go:20:55: b(f) escapes to heap
math_float_parts.go:20:60: "Logb" escapes to heap
math_float_parts.go:20:69: b(math.Logb(x)) escapes to heap
math_float_parts.go:20:85: "Ilogb" escapes to heap
math_float_parts.go:20:104: math.Ilogb(x) escapes to heap
math_float_parts.go:21:14: ... argument does not escape
math_float_parts.go:21:15: "Nextafter" escapes to heap
math_float_parts.go:21:29: b(math.Nextafter(x, 0)) escapes to heap
math_float_parts.go:21:54: b(math.Nextafter(x, math.Inf(1))) escapes to heap
math_float_parts.go:22:4: "Nextafter32" escapes to heap
math_float_parts.go:22:35: math.Nextafter32(float32(x), float32(1)) escapes to heap
math_float_parts.go:22:68: math.Float32bits(math.Nextafter32(float32(x), float32(-1))) escapes to heap
math_float_parts.go:24:25: []int{...} does not escape
math_float_parts.go:25:14: ... argument does not escape
math_float_parts.go:25:15: "Ldexp" escapes to heap
math_float_parts.go:25:24: e escapes to heap
math_float_parts.go:25:28: b(math.Ldexp(0.75, e)) escapes to heap
math_float_parts.go:25:52: b(math.Ldexp(-1.5, e)) escapes to heap
math_float_parts.go:25:76: b(math.Ldexp(3e-310, e)) escapes to heap
math_float_parts.go:27:17: []float64{...} does not escape
math_float_parts.go:30:15: ... argument does not escape
math_float_parts.go:30:17: b(x) escapes to heap
math_float_parts.go:30:23: b(y) escapes to heap
math_float_parts.go:30:28: "Mod" escapes to heap
math_float_parts.go:30:36: b(math.Mod(x, y)) escapes to heap
math_float_parts.go:30:54: "Remainder" escapes to heap
math_float_parts.go:30:68: b(math.Remainder(x, y)) escapes to heap
math_float_parts.go:31:5: "Dim" escapes to heap
math_float_parts.go:31:13: b(math.Dim(x, y)) escapes to heap
math_float_parts.go:31:31: "Max" escapes to heap
math_float_parts.go:31:39: b(math.Max(x, y)) escapes to heap
math_float_parts.go:31:57: "Min" escapes to heap
math_float_parts.go:31:65: b(math.Min(x, y)) escapes to heap
math_float_parts.go:32:5: "FMA" escapes to heap
math_float_parts.go:32:13: b(math.FMA(x, y, 1)) escapes to heap
math_float_parts.go:32:35: b(math.FMA(x, y, -x * y)) escapes to heap
math_float_parts.go:35:13: ... argument does not escape
math_float_parts.go:35:15: b(math.NaN()) escapes to heap
math_float_parts.go:35:30: b(math.Inf(1)) escapes to heap
math_float_parts.go:35:46: b(math.Inf(-1)) escapes to heap
math_float_parts.go:35:66: 3.40282e+38 escapes to heap
math_float_parts.go:35:83: 1.4013e-45 escapes to heap
math_float_parts.go:36:7: 1.79769e+308 escapes to heap
math_float_parts.go:36:24: 4.94066e-324 escapes to heap
math_float_parts.go:36:53: 1.4427 escapes to heap
math_float_parts.go:36:65: 0.434294 escapes to heap
math_float_parts.go:36:78: 1.64872 escapes to heap
math_float_parts.go:36:90: 1.77245 escapes to heap
math_float_parts.go:36:103: 1.27202 escapes to heap
