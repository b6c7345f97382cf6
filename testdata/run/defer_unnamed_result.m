defer_unnamed_result.go:7:8: func literal does not escape
defer_unnamed_result.go:15:8: func literal does not escape
defer_unnamed_result.go:22:13: ... argument does not escape
defer_unnamed_result.go:22:15: f() escapes to heap
defer_unnamed_result.go:23:13: ... argument does not escape
defer_unnamed_result.go:23:13: .autotmp_0 escapes to heap
defer_unnamed_result.go:23:13: .autotmp_1 escapes to heap
