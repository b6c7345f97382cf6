blank_methods.go:20:22: devirtualizing i.String to *T
blank_methods.go:9:47: ... argument does not escape
blank_methods.go:9:48: "T" escapes to heap
blank_methods.go:9:54: t.a escapes to heap
blank_methods.go:17:15: T{...} escapes to heap
blank_methods.go:18:13: ... argument does not escape
blank_methods.go:19:12: &T{...} does not escape
blank_methods.go:20:13: ... argument does not escape
blank_methods.go:20:22: T.String(i.(*T)) escapes to heap
blank_methods.go:21:12: ... argument does not escape
blank_methods.go:21:26: T{...} escapes to heap
blank_methods.go:21:31: &T{...} escapes to heap
