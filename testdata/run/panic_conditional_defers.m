panic_conditional_defers.go:7:21: "  defer A" escapes to heap
panic_conditional_defers.go:7:20: ... argument does not escape
panic_conditional_defers.go:10:21: "  defer B" escapes to heap
panic_conditional_defers.go:10:20: ... argument does not escape
panic_conditional_defers.go:13:19: fmt.Sprint(... argument...) escapes to heap
panic_conditional_defers.go:13:19: ... argument does not escape
panic_conditional_defers.go:13:20: "mask " escapes to heap
panic_conditional_defers.go:13:29: mask escapes to heap
panic_conditional_defers.go:16:21: "  defer C (after the panic point)" escapes to heap
panic_conditional_defers.go:16:20: ... argument does not escape
panic_conditional_defers.go:18:13: ... argument does not escape
panic_conditional_defers.go:18:14: "  no panic" escapes to heap
panic_conditional_defers.go:24:15: ... argument does not escape
panic_conditional_defers.go:24:16: "  recovered:" escapes to heap
panic_conditional_defers.go:22:8: func literal does not escape
panic_conditional_defers.go:27:13: ... argument does not escape
panic_conditional_defers.go:27:14: "mask" escapes to heap
panic_conditional_defers.go:27:22: mask escapes to heap
panic_conditional_defers.go:32:25: []int{...} does not escape
