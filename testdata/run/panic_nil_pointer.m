panic_nil_pointer.go:11:13: ... argument does not escape
panic_nil_pointer.go:11:14: "before" escapes to heap
panic_nil_pointer.go:12:13: ... argument does not escape
panic_nil_pointer.go:12:15: p.b escapes to heap
