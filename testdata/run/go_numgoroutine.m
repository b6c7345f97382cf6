go_numgoroutine.go:9:13: ... argument does not escape
go_numgoroutine.go:9:34: runtime.NumGoroutine() escapes to heap
go_numgoroutine.go:13:6: func literal escapes to heap
go_numgoroutine.go:21:13: ... argument does not escape
go_numgoroutine.go:21:34: runtime.NumGoroutine() escapes to heap
go_numgoroutine.go:26:13: ... argument does not escape
go_numgoroutine.go:26:34: runtime.NumGoroutine() escapes to heap
