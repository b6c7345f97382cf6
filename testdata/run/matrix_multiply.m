matrix_multiply.go:31:13: ... argument does not escape
matrix_multiply.go:31:25: mul(a, id) == a escapes to heap
matrix_multiply.go:34:14: ... argument does not escape
matrix_multiply.go:34:15: row escapes to heap
