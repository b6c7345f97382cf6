shift_count_float_constant.go:15:23: map[string]int64{...} does not escape
shift_count_float_constant.go:20:13: ... argument does not escape
shift_count_float_constant.go:20:14: x escapes to heap
shift_count_float_constant.go:20:17: y escapes to heap
shift_count_float_constant.go:20:21: 3 escapes to heap
shift_count_float_constant.go:20:38: uint8(100) escapes to heap
shift_count_float_constant.go:20:45: z escapes to heap
shift_count_float_constant.go:20:49: m["k"] escapes to heap
shift_count_float_constant.go:20:56: w escapes to heap
shift_count_float_constant.go:20:67: int64(4611686018427387904) escapes to heap
shift_count_float_constant.go:21:14: []int{...} does not escape
shift_count_float_constant.go:22:13: ... argument does not escape
shift_count_float_constant.go:22:17: idx[8 >> p >> uint(1)] escapes to heap
shift_count_float_constant.go:22:33: idx[1 << p >> uint(2)] escapes to heap
