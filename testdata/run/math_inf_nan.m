math_inf_nan.go:10:13: ... argument does not escape
math_inf_nan.go:10:14: pinf escapes to heap
math_inf_nan.go:10:20: ninf escapes to heap
math_inf_nan.go:10:26: nan escapes to heap
math_inf_nan.go:11:13: ... argument does not escape
math_inf_nan.go:11:24: math.IsInf(pinf, 1) escapes to heap
math_inf_nan.go:11:45: math.IsInf(pinf, -1) escapes to heap
math_inf_nan.go:11:67: math.IsInf(ninf, 0) escapes to heap
math_inf_nan.go:11:88: math.IsNaN(nan) escapes to heap
math_inf_nan.go:11:105: math.IsNaN(pinf) escapes to heap
math_inf_nan.go:12:13: ... argument does not escape
math_inf_nan.go:12:18: pinf + ninf escapes to heap
math_inf_nan.go:12:29: pinf * 0 escapes to heap
math_inf_nan.go:12:37: pinf - pinf escapes to heap
math_inf_nan.go:12:45: 1 / pinf escapes to heap
math_inf_nan.go:12:54: -1 / pinf escapes to heap
math_inf_nan.go:13:13: ... argument does not escape
math_inf_nan.go:13:18: nan == nan escapes to heap
math_inf_nan.go:13:30: nan != nan escapes to heap
math_inf_nan.go:13:42: nan < 1 escapes to heap
math_inf_nan.go:13:51: nan > 1 escapes to heap
math_inf_nan.go:13:61: pinf > 1.79769e+308 escapes to heap
math_inf_nan.go:15:13: ... argument does not escape
math_inf_nan.go:15:15: 1 / zero escapes to heap
math_inf_nan.go:15:24: -1 / zero escapes to heap
math_inf_nan.go:15:35: zero / zero escapes to heap
math_inf_nan.go:16:12: ... argument does not escape
math_inf_nan.go:16:37: pinf escapes to heap
math_inf_nan.go:16:43: ninf escapes to heap
math_inf_nan.go:16:49: nan escapes to heap
math_inf_nan.go:16:54: -pinf escapes to heap
math_inf_nan.go:16:61: nan escapes to heap
math_inf_nan.go:17:13: ... argument does not escape
math_inf_nan.go:17:23: math.Sqrt(ninf) escapes to heap
math_inf_nan.go:17:39: math.Log(0) escapes to heap
math_inf_nan.go:17:52: math.Log(-1) escapes to heap
math_inf_nan.go:17:66: math.Exp(1000) escapes to heap
