panic_int.go:6:13: ... argument does not escape
panic_int.go:6:14: "about to panic" escapes to heap
panic_int.go:7:8: 42 escapes to heap
