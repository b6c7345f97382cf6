unicode_fold_title.go:11:26: []rune{...} does not escape
unicode_fold_title.go:12:18: []rune{...} escapes to heap
unicode_fold_title.go:14:18: append escapes to heap
unicode_fold_title.go:16:13: ... argument does not escape
unicode_fold_title.go:16:25: r escapes to heap
unicode_fold_title.go:16:28: orbit escapes to heap
unicode_fold_title.go:18:26: []rune{...} does not escape
unicode_fold_title.go:19:13: ... argument does not escape
unicode_fold_title.go:19:67: r escapes to heap
unicode_fold_title.go:20:19: unicode.ToUpper(r) escapes to heap
unicode_fold_title.go:20:39: unicode.ToLower(r) escapes to heap
unicode_fold_title.go:20:59: unicode.ToTitle(r) escapes to heap
unicode_fold_title.go:21:14: unicode.To(0, r) escapes to heap
unicode_fold_title.go:21:48: unicode.To(1, r) escapes to heap
unicode_fold_title.go:21:82: unicode.To(2, r) escapes to heap
unicode_fold_title.go:22:19: unicode.IsTitle(r) escapes to heap
unicode_fold_title.go:24:13: ... argument does not escape
unicode_fold_title.go:24:47: unicode.To(3, 'a') == '�' escapes to heap
unicode_fold_title.go:25:26: []rune{...} does not escape
unicode_fold_title.go:26:13: ... argument does not escape
unicode_fold_title.go:26:60: r escapes to heap
unicode_fold_title.go:26:77: unicode.IsMark(r) escapes to heap
unicode_fold_title.go:26:98: unicode.IsSymbol(r) escapes to heap
unicode_fold_title.go:26:120: unicode.IsGraphic(r) escapes to heap
unicode_fold_title.go:26:140: unicode.IsPrint(r) escapes to heap
