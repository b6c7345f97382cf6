const_float_subnormal_rounding.go:11:13: ... argument does not escape
const_float_subnormal_rounding.go:11:14: 2.22507e-308 escapes to heap
const_float_subnormal_rounding.go:11:39: 2.22507e-308 escapes to heap
const_float_subnormal_rounding.go:11:64: 4.94066e-324 escapes to heap
const_float_subnormal_rounding.go:12:3: 4.94066e-324 escapes to heap
const_float_subnormal_rounding.go:12:28: 0 escapes to heap
const_float_subnormal_rounding.go:12:53: 1.79769e+308 escapes to heap
const_float_subnormal_rounding.go:14:13: ... argument does not escape
const_float_subnormal_rounding.go:14:14: float32(1.4013e-45) escapes to heap
const_float_subnormal_rounding.go:14:17: float32(0) escapes to heap
const_float_subnormal_rounding.go:14:20: float32(1.17549e-38) escapes to heap
const_float_subnormal_rounding.go:14:30: float32(1.4013e-45) escapes to heap
const_float_subnormal_rounding.go:14:48: float32(3.40282e+38) escapes to heap
const_float_subnormal_rounding.go:15:13: ... argument does not escape
const_float_subnormal_rounding.go:15:21: 1.26765e+30 escapes to heap
const_float_subnormal_rounding.go:15:35: float32(1.26765e+30) escapes to heap
const_float_subnormal_rounding.go:15:49: -1.26765e+30 escapes to heap
const_float_subnormal_rounding.go:15:64: 4.61169e+18 escapes to heap
const_float_subnormal_rounding.go:16:12: ... argument does not escape
const_float_subnormal_rounding.go:16:27: 2.22507e-308 escapes to heap
const_float_subnormal_rounding.go:16:59: 1.26765e+30 escapes to heap
const_float_subnormal_rounding.go:16:73: float32(1.4013e-45) escapes to heap
