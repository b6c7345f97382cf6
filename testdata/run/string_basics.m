string_basics.go:7:13: ... argument does not escape
string_basics.go:7:17: len(s) escapes to heap
string_basics.go:7:23: s[0] escapes to heap
string_basics.go:7:29: s[7] escapes to heap
string_basics.go:7:40: string(s[7]) escapes to heap
string_basics.go:7:42: string(s[7]) escapes to heap
string_basics.go:8:13: ... argument does not escape
string_basics.go:8:15: s[0:5] escapes to heap
string_basics.go:8:23: s[7:] escapes to heap
string_basics.go:8:30: s[:5] escapes to heap
string_basics.go:8:37: s[:] escapes to heap
string_basics.go:8:45: len(s[3:3]) escapes to heap
string_basics.go:9:15: s + "!" + "?" escapes to heap
string_basics.go:10:13: ... argument does not escape
string_basics.go:10:14: t escapes to heap
string_basics.go:10:20: len(t) escapes to heap
string_basics.go:13:19: string(rune(97 + i)) escapes to heap
string_basics.go:15:13: ... argument does not escape
string_basics.go:15:14: u escapes to heap
string_basics.go:16:13: ... argument does not escape
string_basics.go:16:20: true escapes to heap
string_basics.go:16:35: false escapes to heap
string_basics.go:16:46: true escapes to heap
string_basics.go:16:57: true escapes to heap
string_basics.go:16:70: true escapes to heap
string_basics.go:16:82: true escapes to heap
string_basics.go:17:13: ... argument does not escape
string_basics.go:17:20: true escapes to heap
string_basics.go:17:36: false escapes to heap
string_basics.go:20:13: ... argument does not escape
string_basics.go:20:14: "raw\\nstring\nsecond line" escapes to heap
string_basics.go:21:13: ... argument does not escape
string_basics.go:21:14: "tab\tquote\"backslash\\ unicodeé 😀 A" escapes to heap
string_basics.go:24:13: ... argument does not escape
string_basics.go:24:16: a == b escapes to heap
