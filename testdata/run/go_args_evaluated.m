go_args_evaluated.go:46:11: devirtualizing .autotmp_7.show to counter
go_args_evaluated.go:13:7: leaking param: c
go_args_evaluated.go:13:23: leaking param: wg
go_args_evaluated.go:13:43: leaking param: tag
go_args_evaluated.go:15:13: ... argument does not escape
go_args_evaluated.go:15:15: c.name escapes to heap
go_args_evaluated.go:15:23: c.n escapes to heap
go_args_evaluated.go:15:27: tag escapes to heap
go_args_evaluated.go:18:7: c does not escape
go_args_evaluated.go:18:24: leaking param: wg
go_args_evaluated.go:27:20: out does not escape
go_args_evaluated.go:55:12: leaking param: s
go_args_evaluated.go:65:11: name does not escape
go_args_evaluated.go:32:6: moved to heap: wg
go_args_evaluated.go:33:2: moved to heap: c
go_args_evaluated.go:42:13: ... argument does not escape
go_args_evaluated.go:42:15: c.n escapes to heap
go_args_evaluated.go:44:17: c escapes to heap
go_args_evaluated.go:53:13: ... argument does not escape
go_args_evaluated.go:53:14: <-out escapes to heap
go_args_evaluated.go:53:21: x escapes to heap
go_args_evaluated.go:55:7: func literal escapes to heap
go_args_evaluated.go:57:14: ... argument does not escape
go_args_evaluated.go:57:15: "closure" escapes to heap
go_args_evaluated.go:57:26: s escapes to heap
go_args_evaluated.go:57:29: n escapes to heap
go_args_evaluated.go:64:28: []string{...} does not escape
go_args_evaluated.go:65:6: func literal escapes to heap
go_args_evaluated.go:66:20: name + "!" escapes to heap
go_args_evaluated.go:69:24: map[string]bool{} escapes to heap
go_args_evaluated.go:73:13: ... argument does not escape
