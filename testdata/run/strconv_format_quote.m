strconv_format_quote.go:10:13: ... argument does not escape
strconv_format_quote.go:10:31: strconv.FormatInt(int64(-255), 16) escapes to heap
strconv_format_quote.go:10:60: strconv.FormatInt(int64(255), 2) escapes to heap
strconv_format_quote.go:10:87: strconv.FormatInt(int64(-9223372036854775808), 10) escapes to heap
strconv_format_quote.go:10:125: strconv.FormatInt(int64(35), 36) escapes to heap
strconv_format_quote.go:11:13: ... argument does not escape
strconv_format_quote.go:11:32: strconv.FormatUint(uint64(18446744073709551615), 16) escapes to heap
strconv_format_quote.go:11:72: strconv.FormatBool(true) escapes to heap
strconv_format_quote.go:11:98: strconv.FormatBool(false) escapes to heap
strconv_format_quote.go:12:29: []float64{...} does not escape
strconv_format_quote.go:13:14: ... argument does not escape
strconv_format_quote.go:13:34: strconv.FormatFloat(f, byte(102), -1, 64) escapes to heap
strconv_format_quote.go:13:71: strconv.FormatFloat(f, byte(101), 3, 64) escapes to heap
strconv_format_quote.go:14:23: strconv.FormatFloat(f, byte(103), -1, 64) escapes to heap
strconv_format_quote.go:14:60: strconv.FormatFloat(f, byte(102), 2, 64) escapes to heap
strconv_format_quote.go:14:96: strconv.FormatFloat(f, byte(103), 4, 32) escapes to heap
strconv_format_quote.go:16:13: ... argument does not escape
strconv_format_quote.go:16:27: strconv.Quote("hello \"world\"\n\t☺\x00") escapes to heap
strconv_format_quote.go:16:79: strconv.QuoteToASCII("☺é") escapes to heap
strconv_format_quote.go:16:107: strconv.QuoteRune('☺') escapes to heap
strconv_format_quote.go:18:12: ... argument does not escape
strconv_format_quote.go:18:24: s escapes to heap
strconv_format_quote.go:20:13: ... argument does not escape
strconv_format_quote.go:21:13: ... argument does not escape
strconv_format_quote.go:21:20: string(strconv.AppendInt(([]byte)("n="), int64(42), 10)) escapes to heap
strconv_format_quote.go:21:38: string(strconv.AppendInt(([]byte)("n="), int64(42), 10)) escapes to heap
strconv_format_quote.go:21:46: ([]byte)("n=") does not escape
strconv_format_quote.go:21:82: strconv.AppendQuote(nil, "x") escapes to heap
