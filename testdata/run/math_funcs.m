math_funcs.go:9:17: []float64{...} does not escape
math_funcs.go:11:14: ... argument does not escape
math_funcs.go:11:15: x escapes to heap
math_funcs.go:11:26: math.Abs(x) escapes to heap
math_funcs.go:11:41: math.Floor(x) escapes to heap
math_funcs.go:11:55: math.Ceil(x) escapes to heap
math_funcs.go:11:70: math.Trunc(x) escapes to heap
math_funcs.go:11:85: math.Round(x) escapes to heap
math_funcs.go:11:106: math.RoundToEven(x) escapes to heap
math_funcs.go:13:13: ... argument does not escape
math_funcs.go:13:23: math.Sqrt(2) escapes to heap
math_funcs.go:13:37: math.Sqrt(-1) escapes to heap
math_funcs.go:13:52: math.Cbrt(27) escapes to heap
math_funcs.go:14:13: ... argument does not escape
math_funcs.go:14:22: math.Pow(2, 10) escapes to heap
math_funcs.go:14:39: math.Pow(2, 0.5) escapes to heap
math_funcs.go:14:57: math.Pow(-8, 0.333333) escapes to heap
math_funcs.go:14:78: math.Pow(0, -1) escapes to heap
math_funcs.go:15:13: ... argument does not escape
math_funcs.go:15:22: math.Max(3, 7) escapes to heap
math_funcs.go:15:38: math.Min(3, 7) escapes to heap
math_funcs.go:15:54: math.Max(math.NaN(), 1) escapes to heap
math_funcs.go:15:79: math.Min(0, 0) escapes to heap
math_funcs.go:16:13: ... argument does not escape
math_funcs.go:16:22: math.Mod(7, 3) escapes to heap
math_funcs.go:16:38: math.Mod(-7, 3) escapes to heap
math_funcs.go:16:61: math.Remainder(7, 3) escapes to heap
math_funcs.go:17:13: ... argument does not escape
math_funcs.go:17:24: math.Hypot(3, 4) escapes to heap
math_funcs.go:17:40: math.Exp(1) escapes to heap
math_funcs.go:17:53: math.Log(2.71828) escapes to heap
math_funcs.go:17:72: math.Log2(1024) escapes to heap
math_funcs.go:17:90: math.Log10(0.001) escapes to heap
math_funcs.go:18:12: ... argument does not escape
math_funcs.go:18:46: math.Sin(0.523599) escapes to heap
math_funcs.go:18:67: math.Cos(1.0472) escapes to heap
math_funcs.go:18:88: math.Tan(0.785398) escapes to heap
math_funcs.go:18:111: math.Atan2(1, 1) escapes to heap
math_funcs.go:19:13: ... argument does not escape
math_funcs.go:19:26: math.Signbit(0) escapes to heap
math_funcs.go:19:47: math.Copysign(3, -1) escapes to heap
math_funcs.go:19:72: math.Float64bits(1) escapes to heap
math_funcs.go:19:99: math.Float64frombits(uint64(4611686018427387904)) escapes to heap
math_funcs.go:22:13: ... argument does not escape
math_funcs.go:22:14: fr escapes to heap
math_funcs.go:22:18: ex escapes to heap
math_funcs.go:22:22: ip escapes to heap
math_funcs.go:22:26: fp escapes to heap
