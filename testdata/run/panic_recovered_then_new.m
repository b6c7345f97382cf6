panic_recovered_then_new.go:8:14: ... argument does not escape
panic_recovered_then_new.go:8:15: "recovered:" escapes to heap
panic_recovered_then_new.go:9:19: fmt.Sprint(... argument...) escapes to heap
panic_recovered_then_new.go:9:19: ... argument does not escape
panic_recovered_then_new.go:9:20: "new panic after " escapes to heap
panic_recovered_then_new.go:6:8: func literal does not escape
panic_recovered_then_new.go:11:8: "first" escapes to heap
