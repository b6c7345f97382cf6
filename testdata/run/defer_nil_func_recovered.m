defer_nil_func_recovered.go:8:14: ... argument does not escape
defer_nil_func_recovered.go:8:15: "recovered:" escapes to heap
defer_nil_func_recovered.go:6:8: func literal does not escape
defer_nil_func_recovered.go:12:13: ... argument does not escape
defer_nil_func_recovered.go:12:14: "the defer statement itself does not panic" escapes to heap
defer_nil_func_recovered.go:17:13: ... argument does not escape
defer_nil_func_recovered.go:17:14: "main continues" escapes to heap
