rterr_negative_shift.go:9:8: func literal does not escape
rterr_negative_shift.go:18:8: func literal does not escape
rterr_negative_shift.go:27:13: ... argument does not escape
rterr_negative_shift.go:27:13: .autotmp_0 escapes to heap
rterr_negative_shift.go:28:13: ... argument does not escape
rterr_negative_shift.go:28:13: .autotmp_2 escapes to heap
rterr_negative_shift.go:29:13: ... argument does not escape
rterr_negative_shift.go:29:13: .autotmp_4 escapes to heap
rterr_negative_shift.go:30:13: ... argument does not escape
rterr_negative_shift.go:30:13: .autotmp_6 escapes to heap
rterr_negative_shift.go:31:13: ... argument does not escape
rterr_negative_shift.go:31:13: .autotmp_8 escapes to heap
