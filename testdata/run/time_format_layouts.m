time_format_layouts.go:9:22: []time.Time{...} does not escape
time_format_layouts.go:21:21: []string{...} does not escape
time_format_layouts.go:33:14: ... argument does not escape
time_format_layouts.go:33:15: t escapes to heap
time_format_layouts.go:34:13: ... argument does not escape
time_format_layouts.go:34:29: t escapes to heap
time_format_layouts.go:34:32: t escapes to heap
time_format_layouts.go:34:35: t escapes to heap
time_format_layouts.go:36:14: ... argument does not escape
time_format_layouts.go:36:31: time.Time.Format(t, l) escapes to heap
time_format_layouts.go:38:14: ... argument does not escape
time_format_layouts.go:38:21: string(time.Time.AppendFormat(t, ([]byte)("x:"), "2006-01-02T15:04:05Z07:00")) escapes to heap
time_format_layouts.go:38:36: string(time.Time.AppendFormat(t, ([]byte)("x:"), "2006-01-02T15:04:05Z07:00")) escapes to heap
time_format_layouts.go:38:44: ([]byte)("x:") does not escape
time_format_layouts.go:40:14: ... argument does not escape
time_format_layouts.go:40:15: name escapes to heap
time_format_layouts.go:40:21: off escapes to heap
time_format_layouts.go:40:59: (*time.Location).String(time.Time.Location(t)) escapes to heap
time_format_layouts.go:40:70: time.Time.IsDST(t) escapes to heap
time_format_layouts.go:42:13: ... argument does not escape
time_format_layouts.go:44:13: ... argument does not escape
time_format_layouts.go:46:13: ... argument does not escape
time_format_layouts.go:48:13: ... argument does not escape
time_format_layouts.go:48:72: u == time.Time.UTC(u) escapes to heap
time_format_layouts.go:48:91: time.Time.Equal(u, time.Time.UTC(u)) escapes to heap
