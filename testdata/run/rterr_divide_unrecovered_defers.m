rterr_divide_unrecovered_defers.go:6:20: "div's defer runs" escapes to heap
rterr_divide_unrecovered_defers.go:6:19: ... argument does not escape
rterr_divide_unrecovered_defers.go:11:20: "main's defer runs" escapes to heap
rterr_divide_unrecovered_defers.go:11:19: ... argument does not escape
rterr_divide_unrecovered_defers.go:12:13: ... argument does not escape
rterr_divide_unrecovered_defers.go:12:17: div(1, 0) escapes to heap
