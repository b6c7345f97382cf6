rterr_type_assertion.go:12:10: name does not escape
rterr_type_assertion.go:12:23: f does not escape
rterr_type_assertion.go:13:8: func literal does not escape
rterr_type_assertion.go:16:15: ... argument does not escape
rterr_type_assertion.go:16:20: name + ":" escapes to heap
rterr_type_assertion.go:16:20: name + ":" escapes to heap
rterr_type_assertion.go:16:33: e.Error() escapes to heap
rterr_type_assertion.go:18:15: ... argument does not escape
rterr_type_assertion.go:18:21: name + ": no panic" escapes to heap
rterr_type_assertion.go:18:21: name + ": no panic" escapes to heap
rterr_type_assertion.go:33:59: B{} does not escape
rterr_type_assertion.go:36:47: []int{...} does not escape
rterr_type_assertion.go:36:47: []int{...} does not escape
rterr_type_assertion.go:25:14: "hello" does not escape
rterr_type_assertion.go:27:13: A{} does not escape
rterr_type_assertion.go:29:23: func literal does not escape
rterr_type_assertion.go:30:23: func literal does not escape
rterr_type_assertion.go:31:12: func literal does not escape
rterr_type_assertion.go:32:24: func literal does not escape
rterr_type_assertion.go:33:37: func literal does not escape
rterr_type_assertion.go:34:28: func literal does not escape
rterr_type_assertion.go:35:31: func literal does not escape
rterr_type_assertion.go:36:21: func literal does not escape
