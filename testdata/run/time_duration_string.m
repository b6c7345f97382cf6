time_duration_string.go:45:22: devirtualizing s.String to time.Duration
time_duration_string.go:10:23: []time.Duration{...} does not escape
time_duration_string.go:37:14: ... argument does not escape
time_duration_string.go:37:23: time.Duration.String(d) escapes to heap
time_duration_string.go:37:27: d escapes to heap
time_duration_string.go:41:12: ... argument does not escape
time_duration_string.go:41:45: time.Duration(1500000000) escapes to heap
time_duration_string.go:41:48: time.Duration(1500000000) escapes to heap
time_duration_string.go:41:51: time.Duration(1500000000) escapes to heap
time_duration_string.go:41:54: time.Duration(1500000000) escapes to heap
time_duration_string.go:41:57: time.Duration(1500000000) escapes to heap
time_duration_string.go:41:60: time.Duration(1500000000) escapes to heap
time_duration_string.go:41:63: time.Duration(1500000000) escapes to heap
time_duration_string.go:42:13: ... argument does not escape
time_duration_string.go:42:18: time.Duration(1500000000) escapes to heap
time_duration_string.go:42:52: []time.Duration{...} escapes to heap
time_duration_string.go:42:52: []time.Duration{...} escapes to heap
time_duration_string.go:43:13: ... argument does not escape
time_duration_string.go:43:38: map[string]time.Duration{...} escapes to heap
time_duration_string.go:44:25: time.Duration(3) does not escape
time_duration_string.go:45:13: ... argument does not escape
time_duration_string.go:45:22: time.Duration.String(s.(time.Duration)) escapes to heap
time_duration_string.go:50:12: ... argument does not escape
time_duration_string.go:50:29: wrap{...} escapes to heap
time_duration_string.go:50:49: wrap{...} escapes to heap
time_duration_string.go:51:20: time.Duration(42000) escapes to heap
time_duration_string.go:54:14: ... argument does not escape
time_duration_string.go:54:15: "Stringer" escapes to heap
time_duration_string.go:56:14: ... argument does not escape
time_duration_string.go:56:15: "other" escapes to heap
