strconv_isprint_backquote.go:11:26: []rune{...} does not escape
strconv_isprint_backquote.go:12:13: ... argument does not escape
strconv_isprint_backquote.go:12:42: r escapes to heap
strconv_isprint_backquote.go:12:60: strconv.IsPrint(r) escapes to heap
strconv_isprint_backquote.go:12:82: strconv.IsGraphic(r) escapes to heap
strconv_isprint_backquote.go:14:28: []string{...} does not escape
strconv_isprint_backquote.go:15:13: ... argument does not escape
strconv_isprint_backquote.go:15:25: s escapes to heap
strconv_isprint_backquote.go:15:48: strconv.CanBackquote(s) escapes to heap
