cap_convert.go:14:14: ([]byte)("héllo") does not escape
cap_convert.go:15:14: []rune{...} does not escape
cap_convert.go:16:14: ([]byte)("") does not escape
cap_convert.go:16:14: zero-copy string->[]byte conversion
cap_convert.go:19:13: ... argument does not escape
cap_convert.go:19:17: len(b) escapes to heap
cap_convert.go:19:25: cap(b) escapes to heap
cap_convert.go:19:33: len(r) escapes to heap
cap_convert.go:19:41: cap(r) escapes to heap
cap_convert.go:19:49: len(e) escapes to heap
cap_convert.go:19:57: cap(e) escapes to heap
cap_convert.go:19:64: e == nil escapes to heap
cap_convert.go:19:78: string(b) escapes to heap
cap_convert.go:19:79: string(b) escapes to heap
cap_convert.go:19:89: string(r) escapes to heap
cap_convert.go:19:90: string(r) escapes to heap
cap_convert.go:20:17: ([]byte)("héllo, world") escapes to heap
cap_convert.go:21:17: []rune{...} escapes to heap
cap_convert.go:22:13: ... argument does not escape
cap_convert.go:22:17: len(keepB) escapes to heap
cap_convert.go:22:29: cap(keepB) escapes to heap
cap_convert.go:22:41: len(keepR) escapes to heap
cap_convert.go:22:53: cap(keepR) escapes to heap
cap_convert.go:26:16: s does not escape
cap_convert.go:27:14: ([]byte)(s) does not escape
cap_convert.go:29:14: ([]rune)(s) does not escape
cap_convert.go:31:13: ... argument does not escape
cap_convert.go:31:17: len(b) escapes to heap
cap_convert.go:31:25: cap(b) escapes to heap
cap_convert.go:31:33: len(r) escapes to heap
cap_convert.go:31:41: cap(r) escapes to heap
cap_convert.go:31:52: string(b) escapes to heap
cap_convert.go:31:53: string(b) escapes to heap
cap_convert.go:31:63: string(r) escapes to heap
cap_convert.go:31:64: string(r) escapes to heap
cap_convert.go:32:17: ([]byte)(s) escapes to heap
cap_convert.go:33:17: ([]rune)(s) escapes to heap
cap_convert.go:34:13: ... argument does not escape
cap_convert.go:34:17: len(keepB) escapes to heap
cap_convert.go:34:29: cap(keepB) escapes to heap
cap_convert.go:34:41: len(keepR) escapes to heap
cap_convert.go:34:53: cap(keepR) escapes to heap
cap_convert.go:38:11: s does not escape
cap_convert.go:39:14: ([]byte)(s) does not escape
cap_convert.go:41:14: ([]rune)(s) does not escape
cap_convert.go:43:13: ... argument does not escape
cap_convert.go:43:17: len(b) escapes to heap
cap_convert.go:43:25: cap(b) escapes to heap
cap_convert.go:43:33: len(r) escapes to heap
cap_convert.go:43:41: cap(r) escapes to heap
cap_convert.go:51:20: []rune{...} escapes to heap
cap_convert.go:52:13: ... argument does not escape
cap_convert.go:52:17: len(invalid) escapes to heap
cap_convert.go:52:31: cap(invalid) escapes to heap
cap_convert.go:52:42: invalid escapes to heap
