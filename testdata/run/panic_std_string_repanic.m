panic_std_string_repanic.go:15:14: ... argument does not escape
panic_std_string_repanic.go:15:15: "string:" escapes to heap
panic_std_string_repanic.go:15:26: ok escapes to heap
panic_std_string_repanic.go:15:30: s escapes to heap
panic_std_string_repanic.go:12:8: func literal does not escape
panic_std_string_repanic.go:18:13: ... argument does not escape
panic_std_string_repanic.go:18:31: strconv.FormatInt(int64(10), 99) escapes to heap
