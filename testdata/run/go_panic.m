go_panic.go:9:20: "worker deferred" escapes to heap
go_panic.go:9:19: ... argument does not escape
go_panic.go:10:8: "boom in goroutine" escapes to heap
go_panic.go:14:20: "main deferred (not run)" escapes to heap
go_panic.go:14:19: ... argument does not escape
go_panic.go:17:13: ... argument does not escape
go_panic.go:17:14: "not reached" escapes to heap
