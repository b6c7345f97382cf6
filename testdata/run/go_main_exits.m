go_main_exits.go:9:6: func literal escapes to heap
go_main_exits.go:12:15: ... argument does not escape
go_main_exits.go:12:16: "never" escapes to heap
go_main_exits.go:18:13: ... argument does not escape
go_main_exits.go:18:14: "main returns with blocked goroutines" escapes to heap
