strings_replace_case_map.go:11:13: ... argument does not escape
strings_replace_case_map.go:11:29: strings.Replace(s, "k", "ky", 2) escapes to heap
strings_replace_case_map.go:12:13: ... argument does not escape
strings_replace_case_map.go:12:29: strings.Replace(s, "oink", "moo", -1) escapes to heap
strings_replace_case_map.go:13:13: ... argument does not escape
strings_replace_case_map.go:13:32: strings.ReplaceAll(s, "o", "0") escapes to heap
strings_replace_case_map.go:14:13: ... argument does not escape
strings_replace_case_map.go:14:29: strings.Replace("abc", "", "-", -1) escapes to heap
strings_replace_case_map.go:15:13: ... argument does not escape
strings_replace_case_map.go:15:29: strings.ToUpper("Hello, Wörld! ß") escapes to heap
strings_replace_case_map.go:15:67: strings.ToLower("ÀÉÎ Go") escapes to heap
strings_replace_case_map.go:16:13: ... argument does not escape
strings_replace_case_map.go:16:27: strings.Title("hello world") escapes to heap
strings_replace_case_map.go:17:11: func literal does not escape
strings_replace_case_map.go:26:13: ... argument does not escape
strings_replace_case_map.go:26:25: strings.Map(rot13, "Hello, Gopher!") escapes to heap
strings_replace_case_map.go:27:13: ... argument does not escape
strings_replace_case_map.go:27:25: strings.Map(func literal, "a1b2c3") escapes to heap
strings_replace_case_map.go:27:26: func literal does not escape
strings_replace_case_map.go:33:26: ... argument does not escape
strings_replace_case_map.go:34:13: ... argument does not escape
strings_replace_case_map.go:34:23: (*strings.Replacer).Replace(r, "a < b && c > d") escapes to heap
