panic_mod_by_zero.go:7:13: ... argument does not escape
panic_mod_by_zero.go:7:14: "start" escapes to heap
panic_mod_by_zero.go:8:13: ... argument does not escape
panic_mod_by_zero.go:8:16: a % b escapes to heap
