defer_conditional.go:7:21: "  bit 0" escapes to heap
defer_conditional.go:7:20: ... argument does not escape
defer_conditional.go:10:21: "  bit 1" escapes to heap
defer_conditional.go:10:20: ... argument does not escape
defer_conditional.go:13:21: "  bit 2" escapes to heap
defer_conditional.go:13:20: ... argument does not escape
defer_conditional.go:15:21: "  no bit 2" escapes to heap
defer_conditional.go:15:20: ... argument does not escape
defer_conditional.go:17:13: ... argument does not escape
defer_conditional.go:17:14: "run" escapes to heap
defer_conditional.go:17:21: mask escapes to heap
