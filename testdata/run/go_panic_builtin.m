go_panic_builtin.go:10:44: "code " + string(rune(48 + e.code)) escapes to heap
go_panic_builtin.go:10:57: string(rune(48 + e.code)) does not escape
go_panic_builtin.go:14:11: e escapes to heap
