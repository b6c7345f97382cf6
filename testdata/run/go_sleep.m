go_sleep.go:10:5: func literal escapes to heap
go_sleep.go:14:5: func literal escapes to heap
go_sleep.go:18:13: ... argument does not escape
go_sleep.go:18:14: <-done escapes to heap
go_sleep.go:19:13: ... argument does not escape
go_sleep.go:19:14: <-done escapes to heap
