string_conversions.go:7:14: ([]byte)(s) escapes to heap
string_conversions.go:8:13: ... argument does not escape
string_conversions.go:8:17: len(b) escapes to heap
string_conversions.go:8:22: b escapes to heap
string_conversions.go:10:13: ... argument does not escape
string_conversions.go:10:20: string(b) escapes to heap
string_conversions.go:10:21: string(b) escapes to heap
string_conversions.go:10:25: "héllo" escapes to heap
string_conversions.go:11:14: ([]rune)(s) escapes to heap
string_conversions.go:12:13: ... argument does not escape
string_conversions.go:12:17: len(r) escapes to heap
string_conversions.go:12:22: r escapes to heap
string_conversions.go:14:13: ... argument does not escape
string_conversions.go:14:20: string(r) escapes to heap
string_conversions.go:14:21: string(r) escapes to heap
string_conversions.go:15:13: ... argument does not escape
string_conversions.go:15:20: "A" escapes to heap
string_conversions.go:15:38: "世" escapes to heap
string_conversions.go:15:60: "�" escapes to heap
string_conversions.go:15:78: "�" escapes to heap
string_conversions.go:17:13: ... argument does not escape
string_conversions.go:17:25: string(bs) == "" escapes to heap
string_conversions.go:17:21: string(bs) does not escape
string_conversions.go:17:35: len(string(bs)) escapes to heap
string_conversions.go:17:43: string(bs) does not escape
string_conversions.go:18:16: []rune{...} escapes to heap
string_conversions.go:19:13: ... argument does not escape
string_conversions.go:19:14: bad escapes to heap
string_conversions.go:20:13: ... argument does not escape
string_conversions.go:20:20: string([]rune{...}) escapes to heap
string_conversions.go:20:27: string([]rune{...}) escapes to heap
string_conversions.go:20:27: []rune{...} does not escape
string_conversions.go:21:13: ... argument does not escape
string_conversions.go:21:20: string([]byte{...}) escapes to heap
string_conversions.go:21:27: string([]byte{...}) escapes to heap
string_conversions.go:21:27: []byte{...} does not escape
string_conversions.go:23:13: ... argument does not escape
string_conversions.go:23:14: 'x' escapes to heap
string_conversions.go:23:23: string(x) escapes to heap
string_conversions.go:23:24: string(x) escapes to heap
