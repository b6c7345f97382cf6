panic_nil_arg.go:6:13: ... argument does not escape
panic_nil_arg.go:6:14: "panic(nil) becomes a *runtime.PanicNilError" escapes to heap
