time_format_parse.go:9:10: leaking param: layout
time_format_parse.go:9:18: leaking param: value
time_format_parse.go:12:7: moved to heap: pe
time_format_parse.go:13:13: ... argument does not escape
time_format_parse.go:13:48: value escapes to heap
time_format_parse.go:13:69: errors.As(err, &pe) escapes to heap
time_format_parse.go:17:12: ... argument does not escape
time_format_parse.go:17:39: value escapes to heap
time_format_parse.go:17:46: t escapes to heap
time_format_parse.go:17:49: name escapes to heap
time_format_parse.go:17:55: off escapes to heap
time_format_parse.go:17:80: time.Time.Unix(t) escapes to heap
time_format_parse.go:72:13: ... argument does not escape
time_format_parse.go:72:14: t escapes to heap
time_format_parse.go:72:27: time.Time.UTC(t) escapes to heap
time_format_parse.go:74:13: ... argument does not escape
time_format_parse.go:74:14: t escapes to heap
time_format_parse.go:76:13: ... argument does not escape
time_format_parse.go:76:14: t escapes to heap
time_format_parse.go:79:28: []string{...} does not escape
time_format_parse.go:81:14: ... argument does not escape
time_format_parse.go:81:15: l escapes to heap
time_format_parse.go:81:18: "|" escapes to heap
time_format_parse.go:81:23: p escapes to heap
