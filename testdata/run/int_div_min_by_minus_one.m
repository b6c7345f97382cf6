int_div_min_by_minus_one.go:15:15: []int64{...} does not escape
int_div_min_by_minus_one.go:17:14: ... argument does not escape
int_div_min_by_minus_one.go:17:14: .autotmp_2 escapes to heap
int_div_min_by_minus_one.go:17:14: .autotmp_3 escapes to heap
int_div_min_by_minus_one.go:18:14: ... argument does not escape
int_div_min_by_minus_one.go:18:14: .autotmp_4 escapes to heap
int_div_min_by_minus_one.go:18:14: .autotmp_5 escapes to heap
int_div_min_by_minus_one.go:19:14: ... argument does not escape
int_div_min_by_minus_one.go:19:14: .autotmp_6 escapes to heap
int_div_min_by_minus_one.go:19:14: .autotmp_7 escapes to heap
int_div_min_by_minus_one.go:20:14: ... argument does not escape
int_div_min_by_minus_one.go:20:14: .autotmp_8 escapes to heap
int_div_min_by_minus_one.go:20:14: .autotmp_9 escapes to heap
int_div_min_by_minus_one.go:21:14: ... argument does not escape
int_div_min_by_minus_one.go:21:14: .autotmp_10 escapes to heap
int_div_min_by_minus_one.go:21:14: .autotmp_11 escapes to heap
int_div_min_by_minus_one.go:29:14: ... argument does not escape
int_div_min_by_minus_one.go:29:15: x2 escapes to heap
int_div_min_by_minus_one.go:29:19: y escapes to heap
