time_duration_methods.go:10:23: []time.Duration{...} does not escape
time_duration_methods.go:22:14: ... argument does not escape
time_duration_methods.go:22:15: d escapes to heap
time_duration_methods.go:22:25: time.Duration.Hours(d) escapes to heap
time_duration_methods.go:22:38: time.Duration.Minutes(d) escapes to heap
time_duration_methods.go:22:51: time.Duration.Seconds(d) escapes to heap
time_duration_methods.go:23:14: ... argument does not escape
time_duration_methods.go:23:15: "  " escapes to heap
time_duration_methods.go:23:35: time.Duration.Milliseconds(d) escapes to heap
time_duration_methods.go:23:53: time.Duration.Microseconds(d) escapes to heap
time_duration_methods.go:23:70: time.Duration.Nanoseconds(d) escapes to heap
time_duration_methods.go:23:79: time.Duration.Abs(d) escapes to heap
time_duration_methods.go:25:26: []time.Duration{...} does not escape
time_duration_methods.go:28:15: ... argument does not escape
time_duration_methods.go:28:16: d escapes to heap
time_duration_methods.go:28:19: m escapes to heap
time_duration_methods.go:28:29: time.Duration.Round(d, m) escapes to heap
time_duration_methods.go:28:44: time.Duration.Truncate(d, m) escapes to heap
time_duration_methods.go:31:13: ... argument does not escape
time_duration_methods.go:31:37: time.Duration.Round(time.Duration(2000000000), time.Duration(1000000000)) escapes to heap
time_duration_methods.go:31:83: time.Duration.Round(time.Duration(1500000000), time.Duration(1000000000)) escapes to heap
time_duration_methods.go:31:130: time.Duration.Round(time.Duration(-1500000000), time.Duration(1000000000)) escapes to heap
time_duration_methods.go:32:13: ... argument does not escape
time_duration_methods.go:32:50: time.Duration.Round(time.Duration(9223372036854775806), time.Duration(3600000000000)) escapes to heap
time_duration_methods.go:32:99: time.Duration.Round(time.Duration(-9223372036854775807), time.Duration(3600000000000)) escapes to heap
time_duration_methods.go:34:13: ... argument does not escape
time_duration_methods.go:34:15: f(time.Duration(2500000000)) escapes to heap
time_duration_methods.go:35:24: time.Duration(180000000000).Minutes does not escape
time_duration_methods.go:36:13: ... argument does not escape
time_duration_methods.go:36:15: g() escapes to heap
time_duration_methods.go:37:13: ... argument does not escape
time_duration_methods.go:37:18: time.Duration(1) escapes to heap
time_duration_methods.go:37:35: time.Duration(1000) escapes to heap
time_duration_methods.go:37:53: time.Duration(1000000) escapes to heap
time_duration_methods.go:37:71: time.Duration(1000000000) escapes to heap
time_duration_methods.go:37:84: time.Duration(60000000000) escapes to heap
time_duration_methods.go:37:97: time.Duration(3600000000000) escapes to heap
