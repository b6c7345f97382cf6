string_bytes_loop.go:8:14: reverse ignoring self-assignment in b[i], b[j] = b[j], b[i]
string_bytes_loop.go:8:14: reverse ignoring self-assignment in b[i], b[j] = b[j], b[i]
string_bytes_loop.go:5:14: s does not escape
string_bytes_loop.go:6:14: ([]byte)(s) does not escape
string_bytes_loop.go:10:16: string(b) escapes to heap
string_bytes_loop.go:16:14: reverseRunes ignoring self-assignment in r[i], r[j] = r[j], r[i]
string_bytes_loop.go:16:14: reverseRunes ignoring self-assignment in r[i], r[j] = r[j], r[i]
string_bytes_loop.go:13:19: s does not escape
string_bytes_loop.go:14:14: ([]rune)(s) does not escape
string_bytes_loop.go:18:16: string(r) escapes to heap
string_bytes_loop.go:21:12: s does not escape
string_bytes_loop.go:32:13: ... argument does not escape
string_bytes_loop.go:32:21: reverse("stressed") escapes to heap
string_bytes_loop.go:33:13: ... argument does not escape
string_bytes_loop.go:33:26: reverseRunes("日本語!") escapes to heap
string_bytes_loop.go:34:13: ... argument does not escape
string_bytes_loop.go:34:19: count("mississippi", byte(115)) escapes to heap
string_bytes_loop.go:35:18: ([]byte)("make me loud") does not escape
string_bytes_loop.go:41:13: ... argument does not escape
string_bytes_loop.go:41:20: string(upper) escapes to heap
string_bytes_loop.go:41:21: string(upper) escapes to heap
