rterr_divide_by_zero.go:9:8: func literal does not escape
rterr_divide_by_zero.go:18:8: func literal does not escape
rterr_divide_by_zero.go:33:29: ... argument does not escape
rterr_divide_by_zero.go:27:13: ... argument does not escape
rterr_divide_by_zero.go:27:13: .autotmp_0 escapes to heap
rterr_divide_by_zero.go:28:13: ... argument does not escape
rterr_divide_by_zero.go:28:13: .autotmp_2 escapes to heap
rterr_divide_by_zero.go:29:13: ... argument does not escape
rterr_divide_by_zero.go:29:13: .autotmp_4 escapes to heap
rterr_divide_by_zero.go:29:13: .autotmp_5 escapes to heap
rterr_divide_by_zero.go:30:13: ... argument does not escape
rterr_divide_by_zero.go:30:13: .autotmp_6 escapes to heap
rterr_divide_by_zero.go:30:13: .autotmp_7 escapes to heap
rterr_divide_by_zero.go:32:2: func literal does not escape
rterr_divide_by_zero.go:33:9: func literal does not escape
rterr_divide_by_zero.go:34:14: ... argument does not escape
rterr_divide_by_zero.go:34:19: uint32(100) / u escapes to heap
