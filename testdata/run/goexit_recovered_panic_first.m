goexit_recovered_panic_first.go:12:15: ... argument does not escape
goexit_recovered_panic_first.go:12:16: "recovered:" escapes to heap
goexit_recovered_panic_first.go:11:9: func literal does not escape
goexit_recovered_panic_first.go:14:9: "before goexit" escapes to heap
goexit_recovered_panic_first.go:9:20: "main's defer still runs" escapes to heap
goexit_recovered_panic_first.go:9:19: ... argument does not escape
goexit_recovered_panic_first.go:10:2: func literal does not escape
