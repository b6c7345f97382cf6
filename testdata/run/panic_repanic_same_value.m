panic_repanic_same_value.go:8:14: ... argument does not escape
panic_repanic_same_value.go:8:15: "recovered" escapes to heap
panic_repanic_same_value.go:8:31: "and panicking again with it" escapes to heap
panic_repanic_same_value.go:6:8: func literal does not escape
panic_repanic_same_value.go:11:8: "original" escapes to heap
