utf8_decode_encode.go:10:13: ... argument does not escape
utf8_decode_encode.go:10:17: len(s) escapes to heap
utf8_decode_encode.go:10:44: utf8.RuneCountInString(s) escapes to heap
utf8_decode_encode.go:10:65: utf8.ValidString(s) escapes to heap
utf8_decode_encode.go:10:86: utf8.ValidString("ok") escapes to heap
utf8_decode_encode.go:13:13: ... argument does not escape
utf8_decode_encode.go:13:27: i escapes to heap
utf8_decode_encode.go:13:30: r escapes to heap
utf8_decode_encode.go:13:33: size escapes to heap
utf8_decode_encode.go:18:13: ... argument does not escape
utf8_decode_encode.go:18:20: string(r) escapes to heap
utf8_decode_encode.go:18:21: string(r) escapes to heap
utf8_decode_encode.go:18:25: size escapes to heap
utf8_decode_encode.go:20:13: ... argument does not escape
utf8_decode_encode.go:20:14: r escapes to heap
utf8_decode_encode.go:20:17: size escapes to heap
utf8_decode_encode.go:21:13: make([]byte, 0, 16) escapes to heap
utf8_decode_encode.go:22:26: []rune{...} does not escape
utf8_decode_encode.go:24:12: ... argument does not escape
utf8_decode_encode.go:24:25: utf8.RuneLen(r) escapes to heap
utf8_decode_encode.go:24:30: " " escapes to heap
utf8_decode_encode.go:27:12: ... argument does not escape
utf8_decode_encode.go:27:22: buf escapes to heap
utf8_decode_encode.go:28:11: make([]byte, 4) escapes to heap
utf8_decode_encode.go:30:13: ... argument does not escape
utf8_decode_encode.go:30:14: n escapes to heap
utf8_decode_encode.go:30:18: p[:n] escapes to heap
utf8_decode_encode.go:30:37: utf8.FullRune(p[:2]) escapes to heap
utf8_decode_encode.go:30:60: utf8.RuneStart(p[1]) escapes to heap
utf8_decode_encode.go:31:13: ... argument does not escape
utf8_decode_encode.go:31:28: utf8.RuneCount(([]byte)("日本語")) escapes to heap
utf8_decode_encode.go:31:36: ([]byte)("日本語") does not escape
utf8_decode_encode.go:31:36: zero-copy string->[]byte conversion
utf8_decode_encode.go:31:61: utf8.Valid([]byte{...}) escapes to heap
utf8_decode_encode.go:31:68: []byte{...} does not escape
utf8_decode_encode.go:31:97: utf8.ValidRune('\U0010ffff') escapes to heap
utf8_decode_encode.go:31:123: utf8.ValidRune('�') escapes to heap
utf8_decode_encode.go:32:13: ... argument does not escape
utf8_decode_encode.go:32:18: '�' escapes to heap
utf8_decode_encode.go:32:34: 4 escapes to heap
utf8_decode_encode.go:32:47: '\U0010ffff' escapes to heap
