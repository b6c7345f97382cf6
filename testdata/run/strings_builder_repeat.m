strings_builder_repeat.go:9:6: moved to heap: b
strings_builder_repeat.go:10:13: ... argument does not escape
strings_builder_repeat.go:10:19: (*strings.Builder).Len(b) escapes to heap
strings_builder_repeat.go:10:34: (*strings.Builder).String(b) == "" escapes to heap
strings_builder_repeat.go:16:13: ... argument does not escape
strings_builder_repeat.go:16:26: 42 escapes to heap
strings_builder_repeat.go:17:27: ([]byte)("!!") does not escape
strings_builder_repeat.go:17:27: zero-copy string->[]byte conversion
strings_builder_repeat.go:18:13: ... argument does not escape
strings_builder_repeat.go:18:14: n escapes to heap
strings_builder_repeat.go:19:13: ... argument does not escape
strings_builder_repeat.go:19:22: (*strings.Builder).String(b) escapes to heap
strings_builder_repeat.go:19:31: (*strings.Builder).Len(b) escapes to heap
strings_builder_repeat.go:23:13: ... argument does not escape
strings_builder_repeat.go:23:22: (*strings.Builder).String(b) escapes to heap
strings_builder_repeat.go:23:31: (*strings.Builder).Len(b) escapes to heap
strings_builder_repeat.go:24:13: ... argument does not escape
strings_builder_repeat.go:24:28: strings.Repeat("ab", 3) escapes to heap
strings_builder_repeat.go:24:62: strings.Repeat("x", 0) == "" escapes to heap
strings_builder_repeat.go:24:72: len(strings.Repeat("é", 10)) escapes to heap
strings_builder_repeat.go:30:11: ... argument does not escape
strings_builder_repeat.go:30:24: (*strings.Builder).String(lines) escapes to heap
