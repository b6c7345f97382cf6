escape_callee_temps.go:9:42: ... argument does not escape
escape_callee_temps.go:9:43: "T" escapes to heap
escape_callee_temps.go:9:49: t.n escapes to heap
escape_callee_temps.go:14:25: T{...} escapes to heap
escape_callee_temps.go:15:36: func literal escapes to heap
escape_callee_temps.go:19:40: func literal escapes to heap
escape_callee_temps.go:22:13: ... argument does not escape
escape_callee_temps.go:22:21: T.S(get()) escapes to heap
escape_callee_temps.go:23:13: ... argument does not escape
escape_callee_temps.go:23:22: .autotmp_0.S() escapes to heap
escape_callee_temps.go:24:13: ... argument does not escape
escape_callee_temps.go:24:19: .autotmp_1() escapes to heap
escape_callee_temps.go:25:20: []func() int{...} does not escape
escape_callee_temps.go:26:13: ... argument does not escape
escape_callee_temps.go:26:27: .autotmp_3() escapes to heap
escape_callee_temps.go:29:13: ... argument does not escape
escape_callee_temps.go:29:20: .autotmp_5() escapes to heap
escape_callee_temps.go:30:13: ... argument does not escape
escape_callee_temps.go:30:25: .autotmp_8() escapes to heap
escape_callee_temps.go:31:13: ... argument does not escape
escape_callee_temps.go:31:43: (func literal)() escapes to heap
escape_callee_temps.go:31:14: func literal does not escape
escape_callee_temps.go:32:13: ... argument does not escape
escape_callee_temps.go:32:22: T.S(new(T)) escapes to heap
escape_callee_temps.go:32:17: new(T) does not escape
