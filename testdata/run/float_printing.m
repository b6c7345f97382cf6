float_printing.go:6:19: []float64{...} does not escape
float_printing.go:8:14: ... argument does not escape
float_printing.go:8:15: v escapes to heap
float_printing.go:9:13: ... argument does not escape
float_printing.go:9:56: v escapes to heap
float_printing.go:9:59: v escapes to heap
float_printing.go:9:62: v escapes to heap
float_printing.go:9:65: v escapes to heap
float_printing.go:9:68: v escapes to heap
float_printing.go:9:71: v escapes to heap
float_printing.go:9:74: v escapes to heap
float_printing.go:9:77: v escapes to heap
