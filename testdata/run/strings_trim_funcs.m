strings_trim_funcs.go:10:12: ... argument does not escape
strings_trim_funcs.go:10:38: strings.TrimSpace("  \t hello world \n ") escapes to heap
strings_trim_funcs.go:11:12: ... argument does not escape
strings_trim_funcs.go:11:33: strings.Trim("xxhixx", "x") escapes to heap
strings_trim_funcs.go:12:12: ... argument does not escape
strings_trim_funcs.go:12:33: strings.Trim("abcHIcba", "abc") escapes to heap
strings_trim_funcs.go:13:12: ... argument does not escape
strings_trim_funcs.go:13:37: strings.TrimLeft("aaabaaa", "a") escapes to heap
strings_trim_funcs.go:14:12: ... argument does not escape
strings_trim_funcs.go:14:38: strings.TrimRight("aaabaaa", "a") escapes to heap
strings_trim_funcs.go:15:12: ... argument does not escape
strings_trim_funcs.go:15:39: strings.TrimPrefix("prefix.body", "prefix.") escapes to heap
strings_trim_funcs.go:16:12: ... argument does not escape
strings_trim_funcs.go:16:39: strings.TrimPrefix("body", "prefix.") escapes to heap
strings_trim_funcs.go:17:12: ... argument does not escape
strings_trim_funcs.go:17:39: strings.TrimSuffix("file.go.go", ".go") escapes to heap
strings_trim_funcs.go:18:12: ... argument does not escape
strings_trim_funcs.go:18:37: strings.TrimFunc("123abc456", unicode.IsDigit) escapes to heap
strings_trim_funcs.go:19:12: ... argument does not escape
strings_trim_funcs.go:19:41: strings.TrimLeftFunc("  x  ", unicode.IsSpace) escapes to heap
strings_trim_funcs.go:20:12: ... argument does not escape
strings_trim_funcs.go:20:42: strings.TrimRightFunc("  x  ", unicode.IsSpace) escapes to heap
strings_trim_funcs.go:21:12: ... argument does not escape
strings_trim_funcs.go:21:38: strings.TrimSpace("") escapes to heap
strings_trim_funcs.go:22:12: ... argument does not escape
strings_trim_funcs.go:22:33: strings.Trim("", "abc") escapes to heap
