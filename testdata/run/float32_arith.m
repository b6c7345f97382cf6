float32_arith.go:8:13: ... argument does not escape
float32_arith.go:8:15: a + b escapes to heap
float32_arith.go:8:20: a * b escapes to heap
float32_arith.go:8:25: a / b escapes to heap
float32_arith.go:10:13: ... argument does not escape
float32_arith.go:10:15: c + float32(1) escapes to heap
float32_arith.go:10:20: c + float32(2) escapes to heap
float32_arith.go:12:13: ... argument does not escape
float32_arith.go:12:14: float32(0.333333) escapes to heap
float32_arith.go:12:24: float64(d) escapes to heap
float32_arith.go:14:13: ... argument does not escape
float32_arith.go:14:21: float32(e) escapes to heap
float32_arith.go:14:33: float64(float32(e)) escapes to heap
float32_arith.go:16:13: ... argument does not escape
float32_arith.go:16:15: x * float32(10) escapes to heap
float32_arith.go:16:22: -x * float32(10) escapes to heap
float32_arith.go:17:12: ... argument does not escape
float32_arith.go:17:32: float32(0.333333) escapes to heap
float32_arith.go:17:35: float32(0.333333) escapes to heap
float32_arith.go:17:38: float32(0.333333) escapes to heap
float32_arith.go:17:41: float32(0.333333) escapes to heap
float32_arith.go:19:13: ... argument does not escape
float32_arith.go:19:21: float32(i) escapes to heap
float32_arith.go:19:31: int32(float32(i)) escapes to heap
