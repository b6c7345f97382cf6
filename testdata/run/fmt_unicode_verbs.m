fmt_unicode_verbs.go:6:17: []rune{...} does not escape
fmt_unicode_verbs.go:8:13: ... argument does not escape
fmt_unicode_verbs.go:8:38: r escapes to heap
fmt_unicode_verbs.go:8:41: r escapes to heap
fmt_unicode_verbs.go:8:44: r escapes to heap
fmt_unicode_verbs.go:8:47: r escapes to heap
fmt_unicode_verbs.go:8:50: r escapes to heap
fmt_unicode_verbs.go:8:53: r escapes to heap
fmt_unicode_verbs.go:10:18: []string{...} does not escape
fmt_unicode_verbs.go:12:13: ... argument does not escape
fmt_unicode_verbs.go:12:40: s escapes to heap
fmt_unicode_verbs.go:12:43: s escapes to heap
fmt_unicode_verbs.go:12:46: s escapes to heap
fmt_unicode_verbs.go:12:49: s escapes to heap
fmt_unicode_verbs.go:12:52: s escapes to heap
fmt_unicode_verbs.go:12:55: s escapes to heap
fmt_unicode_verbs.go:14:12: ... argument does not escape
fmt_unicode_verbs.go:14:32: 'z' escapes to heap
fmt_unicode_verbs.go:14:37: 'y' escapes to heap
fmt_unicode_verbs.go:14:42: "q" escapes to heap
