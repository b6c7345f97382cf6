panic_nil_func.go:7:13: ... argument does not escape
panic_nil_func.go:7:14: "calling nil func" escapes to heap
panic_nil_func.go:8:13: ... argument does not escape
panic_nil_func.go:8:15: f(1) escapes to heap
