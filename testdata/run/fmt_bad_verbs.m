fmt_bad_verbs.go:6:12: ... argument does not escape
fmt_bad_verbs.go:6:21: "not a number" escapes to heap
fmt_bad_verbs.go:7:12: ... argument does not escape
fmt_bad_verbs.go:7:24: 1 escapes to heap
fmt_bad_verbs.go:8:12: ... argument does not escape
fmt_bad_verbs.go:8:21: 1 escapes to heap
fmt_bad_verbs.go:8:24: 2 escapes to heap
fmt_bad_verbs.go:10:12: ... argument does not escape
fmt_bad_verbs.go:10:24: 1 escapes to heap
fmt_bad_verbs.go:10:27: true escapes to heap
fmt_bad_verbs.go:11:13: ... argument does not escape
fmt_bad_verbs.go:11:25: fmt.Sprintf("%s", ... argument...) escapes to heap
fmt_bad_verbs.go:11:25: ... argument does not escape
fmt_bad_verbs.go:11:32: 42 escapes to heap
