time_format_string.go:21:22: devirtualizing s.String to time.Time
time_format_string.go:15:2: moved to heap: t
time_format_string.go:16:13: ... argument does not escape
time_format_string.go:16:14: t escapes to heap
time_format_string.go:17:12: ... argument does not escape
time_format_string.go:17:31: t escapes to heap
time_format_string.go:17:34: t escapes to heap
time_format_string.go:17:37: t escapes to heap
time_format_string.go:17:40: t escapes to heap
time_format_string.go:18:13: ... argument does not escape
time_format_string.go:18:19: event{...} escapes to heap
time_format_string.go:19:12: ... argument does not escape
time_format_string.go:19:30: event{...} escapes to heap
time_format_string.go:19:51: []time.Time{...} escapes to heap
time_format_string.go:19:51: []time.Time{...} escapes to heap
time_format_string.go:20:23: t does not escape
time_format_string.go:21:13: ... argument does not escape
time_format_string.go:21:22: time.Time.String(s.(time.Time)) escapes to heap
time_format_string.go:27:13: ... argument does not escape
time_format_string.go:27:16: i > 0 escapes to heap
time_format_string.go:27:36: len(str[i + 4:]) >= 11 escapes to heap
time_format_string.go:27:88: str[i + 4:][len(str[i + 4:]) - 10] == byte(46) escapes to heap
time_format_string.go:28:13: ... argument does not escape
time_format_string.go:28:30: strings.Contains(time.Time.String(time.Time.Round(now, time.Duration(0))), " m=") escapes to heap
time_format_string.go:28:78: strings.Contains(time.Time.String(time.Time.UTC(now)), " m=") escapes to heap
time_format_string.go:29:19: strings.Contains(time.Time.String(time.Time.Truncate(now, time.Duration(1000000000))), " m=") escapes to heap
time_format_string.go:30:13: ... argument does not escape
time_format_string.go:30:70: time.Time.Equal(time.Time.Round(now, time.Duration(0)), now) escapes to heap
time_format_string.go:32:13: ... argument does not escape
time_format_string.go:32:14: zone escapes to heap
time_format_string.go:32:20: off escapes to heap
