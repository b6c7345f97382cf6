unicode_classes_case.go:10:13: ... argument does not escape
unicode_classes_case.go:10:75: r escapes to heap
unicode_classes_case.go:11:20: unicode.IsLetter(r) escapes to heap
unicode_classes_case.go:11:40: unicode.IsDigit(r) escapes to heap
unicode_classes_case.go:11:61: unicode.IsNumber(r) escapes to heap
unicode_classes_case.go:11:81: unicode.IsSpace(r) escapes to heap
unicode_classes_case.go:12:19: unicode.IsUpper(r) escapes to heap
unicode_classes_case.go:12:39: unicode.IsLower(r) escapes to heap
unicode_classes_case.go:12:59: unicode.IsPunct(r) escapes to heap
unicode_classes_case.go:12:79: unicode.IsPrint(r) escapes to heap
unicode_classes_case.go:13:21: unicode.IsGraphic(r) escapes to heap
unicode_classes_case.go:13:43: unicode.IsControl(r) escapes to heap
unicode_classes_case.go:14:19: unicode.ToUpper(r) escapes to heap
unicode_classes_case.go:14:39: unicode.ToLower(r) escapes to heap
unicode_classes_case.go:14:59: unicode.ToTitle(r) escapes to heap
unicode_classes_case.go:16:13: ... argument does not escape
unicode_classes_case.go:16:24: unicode.Is(unicode.Han, '日') escapes to heap
unicode_classes_case.go:16:56: unicode.Is(unicode.Latin, 'é') escapes to heap
unicode_classes_case.go:16:89: unicode.In('β', ... argument...) escapes to heap
unicode_classes_case.go:16:89: ... argument does not escape
unicode_classes_case.go:17:13: ... argument does not escape
unicode_classes_case.go:17:21: '\U0010ffff' escapes to heap
unicode_classes_case.go:17:55: true escapes to heap
unicode_classes_case.go:17:74: string(unicode.SimpleFold('A')) escapes to heap
unicode_classes_case.go:17:93: string(unicode.SimpleFold('A')) escapes to heap
unicode_classes_case.go:17:107: string(unicode.SimpleFold('k')) escapes to heap
unicode_classes_case.go:17:126: string(unicode.SimpleFold('k')) escapes to heap
