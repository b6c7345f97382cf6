go_waitgroup.go:9:6: moved to heap: wg
go_waitgroup.go:10:17: make([]int, 10) escapes to heap
go_waitgroup.go:13:6: func literal escapes to heap
go_waitgroup.go:19:13: ... argument does not escape
go_waitgroup.go:19:14: results escapes to heap
