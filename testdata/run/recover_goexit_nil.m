recover_goexit_nil.go:10:14: ... argument does not escape
recover_goexit_nil.go:10:15: "recover during Goexit:" escapes to heap
recover_goexit_nil.go:9:8: func literal does not escape
