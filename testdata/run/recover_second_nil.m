recover_second_nil.go:9:14: ... argument does not escape
recover_second_nil.go:9:15: "first:" escapes to heap
recover_second_nil.go:10:14: ... argument does not escape
recover_second_nil.go:10:15: "second:" escapes to heap
recover_second_nil.go:6:8: func literal does not escape
recover_second_nil.go:12:8: "once" escapes to heap
