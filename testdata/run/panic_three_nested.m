panic_three_nested.go:5:9: "third" escapes to heap
panic_three_nested.go:8:9: "second" escapes to heap
panic_three_nested.go:4:8: func literal does not escape
panic_three_nested.go:7:8: func literal does not escape
panic_three_nested.go:10:8: "first" escapes to heap
