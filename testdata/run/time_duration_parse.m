time_duration_parse.go:9:20: []string{...} does not escape
time_duration_parse.go:27:14: ... argument does not escape
time_duration_parse.go:27:34: s escapes to heap
time_duration_parse.go:27:42: d escapes to heap
time_duration_parse.go:30:13: ... argument does not escape
time_duration_parse.go:30:29: s escapes to heap
time_duration_parse.go:30:32: d escapes to heap
time_duration_parse.go:30:40: int64(d) escapes to heap
time_duration_parse.go:33:35: []time.Duration{...} does not escape
time_duration_parse.go:35:14: ... argument does not escape
time_duration_parse.go:35:15: d escapes to heap
time_duration_parse.go:35:20: p == d escapes to heap
