go_goexit.go:10:5: func literal escapes to heap
go_goexit.go:11:9: func literal does not escape
go_goexit.go:12:21: "deferred before Goexit" escapes to heap
go_goexit.go:12:20: ... argument does not escape
go_goexit.go:13:3: func literal does not escape
go_goexit.go:16:14: ... argument does not escape
go_goexit.go:16:15: "not reached" escapes to heap
go_goexit.go:19:13: ... argument does not escape
go_goexit.go:19:14: "main done" escapes to heap
