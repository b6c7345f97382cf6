float64_arith.go:7:13: ... argument does not escape
float64_arith.go:7:15: a + b escapes to heap
float64_arith.go:7:20: a - b escapes to heap
float64_arith.go:7:25: a * b escapes to heap
float64_arith.go:7:30: a / b escapes to heap
float64_arith.go:8:13: ... argument does not escape
float64_arith.go:8:17: 0.3 escapes to heap
float64_arith.go:8:26: 0.333333 escapes to heap
float64_arith.go:8:35: 0.666667 escapes to heap
float64_arith.go:10:13: ... argument does not escape
float64_arith.go:10:15: x * 1e+10 escapes to heap
float64_arith.go:10:24: -x * 1e+10 escapes to heap
float64_arith.go:12:13: ... argument does not escape
float64_arith.go:12:15: 1 / zero escapes to heap
float64_arith.go:12:24: -1 / zero escapes to heap
float64_arith.go:12:41: zero / zero == zero / zero escapes to heap
float64_arith.go:13:13: ... argument does not escape
float64_arith.go:13:14: 1e+21 escapes to heap
float64_arith.go:13:20: 1e+20 escapes to heap
float64_arith.go:13:26: 1.23457e+08 escapes to heap
float64_arith.go:13:39: 1e-07 escapes to heap
float64_arith.go:13:45: 0.000123 escapes to heap
float64_arith.go:14:13: ... argument does not escape
float64_arith.go:14:14: 3 escapes to heap
float64_arith.go:14:19: -2.5 escapes to heap
float64_arith.go:14:25: 100 escapes to heap
float64_arith.go:18:13: ... argument does not escape
float64_arith.go:18:14: c escapes to heap
float64_arith.go:18:19: c > 6 escapes to heap
float64_arith.go:18:26: c < 6.25 escapes to heap
float64_arith.go:18:36: c == 6.25 escapes to heap
float64_arith.go:23:13: ... argument does not escape
float64_arith.go:23:14: sum escapes to heap
float64_arith.go:25:13: ... argument does not escape
float64_arith.go:25:14: 0 escapes to heap
float64_arith.go:25:20: 1 / neg escapes to heap
float64_arith.go:28:13: ... argument does not escape
float64_arith.go:28:14: nz escapes to heap
float64_arith.go:28:19: 1 / nz escapes to heap
