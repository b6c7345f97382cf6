func_many_args.go:7:56: o does not escape
func_many_args.go:8:53: o + "!" escapes to heap
func_many_args.go:16:13: ... argument does not escape
func_many_args.go:16:13: .autotmp_0 escapes to heap
func_many_args.go:16:13: .autotmp_1 escapes to heap
func_many_args.go:16:13: .autotmp_2 escapes to heap
func_many_args.go:16:13: .autotmp_3 escapes to heap
func_many_args.go:16:13: .autotmp_4 escapes to heap
func_many_args.go:16:13: .autotmp_5 escapes to heap
func_many_args.go:16:13: .autotmp_6 escapes to heap
func_many_args.go:16:13: .autotmp_7 escapes to heap
func_many_args.go:16:13: .autotmp_8 escapes to heap
func_many_args.go:16:13: .autotmp_9 escapes to heap
func_many_args.go:17:13: ... argument does not escape
func_many_args.go:17:19: sum12(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12) escapes to heap
func_many_args.go:19:13: ... argument does not escape
func_many_args.go:19:15: f(12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1) escapes to heap
