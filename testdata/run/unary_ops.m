unary_ops.go:7:13: ... argument does not escape
unary_ops.go:7:14: -a escapes to heap
unary_ops.go:7:18: +a escapes to heap
unary_ops.go:7:22: ^a escapes to heap
unary_ops.go:7:26: - (-a) escapes to heap
unary_ops.go:9:13: ... argument does not escape
unary_ops.go:9:14: -f escapes to heap
unary_ops.go:9:18: +f escapes to heap
unary_ops.go:11:13: ... argument does not escape
unary_ops.go:11:14: -u escapes to heap
unary_ops.go:11:18: ^u escapes to heap
unary_ops.go:13:13: ... argument does not escape
unary_ops.go:13:14: -i8 escapes to heap
unary_ops.go:13:19: ^i8 escapes to heap
unary_ops.go:15:13: ... argument does not escape
unary_ops.go:15:14: !b escapes to heap
unary_ops.go:15:18: ! (!b) escapes to heap
