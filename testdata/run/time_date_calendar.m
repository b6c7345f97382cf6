time_date_calendar.go:8:11: leaking param: t
time_date_calendar.go:12:13: ... argument does not escape
time_date_calendar.go:12:14: t escapes to heap
time_date_calendar.go:12:17: "|" escapes to heap
time_date_calendar.go:12:22: y escapes to heap
time_date_calendar.go:12:25: m escapes to heap
time_date_calendar.go:12:28: d escapes to heap
time_date_calendar.go:12:31: h escapes to heap
time_date_calendar.go:12:34: mi escapes to heap
time_date_calendar.go:12:38: s escapes to heap
time_date_calendar.go:12:47: time.Time.Year(t) escapes to heap
time_date_calendar.go:12:54: int(time.Time.Month(t)) escapes to heap
time_date_calendar.go:12:72: time.Time.Day(t) escapes to heap
time_date_calendar.go:12:85: time.Time.Weekday(t) escapes to heap
time_date_calendar.go:13:9: time.Time.Hour(t) escapes to heap
time_date_calendar.go:13:21: time.Time.Minute(t) escapes to heap
time_date_calendar.go:13:33: time.Time.Second(t) escapes to heap
time_date_calendar.go:13:49: time.Time.Nanosecond(t) escapes to heap
time_date_calendar.go:13:62: time.Time.YearDay(t) escapes to heap
time_date_calendar.go:13:66: iy escapes to heap
time_date_calendar.go:13:70: iw escapes to heap
time_date_calendar.go:13:80: time.Time.Unix(t) escapes to heap
time_date_calendar.go:64:28: ... argument does not escape
time_date_calendar.go:64:29: "recovered:" escapes to heap
time_date_calendar.go:17:25: []int{...} does not escape
time_date_calendar.go:36:12: ... argument does not escape
time_date_calendar.go:36:13: m escapes to heap
time_date_calendar.go:36:16: " " escapes to heap
time_date_calendar.go:40:12: ... argument does not escape
time_date_calendar.go:40:13: d escapes to heap
time_date_calendar.go:40:16: " " escapes to heap
time_date_calendar.go:43:12: ... argument does not escape
time_date_calendar.go:43:34: time.Month(3) escapes to heap
time_date_calendar.go:43:46: time.Month(3) escapes to heap
time_date_calendar.go:43:58: time.Weekday(6) escapes to heap
time_date_calendar.go:43:83: []time.Weekday{...} escapes to heap
time_date_calendar.go:43:83: []time.Weekday{...} escapes to heap
time_date_calendar.go:46:13: ... argument does not escape
time_date_calendar.go:46:26: time.Time.AddDate(base, 0, 1, 0) escapes to heap
time_date_calendar.go:46:49: time.Time.AddDate(base, 1, 1, 0) escapes to heap
time_date_calendar.go:46:72: time.Time.AddDate(base, 0, 0, -31) escapes to heap
time_date_calendar.go:46:97: time.Time.AddDate(base, -2025, 0, 0) escapes to heap
time_date_calendar.go:49:23: []time.Duration{...} does not escape
time_date_calendar.go:52:14: ... argument does not escape
time_date_calendar.go:52:15: d escapes to heap
time_date_calendar.go:52:28: time.Time.Truncate(t, d) escapes to heap
time_date_calendar.go:52:40: time.Time.Round(t, d) escapes to heap
time_date_calendar.go:56:14: ... argument does not escape
time_date_calendar.go:56:15: d escapes to heap
time_date_calendar.go:56:30: time.Time.Truncate(neg, d) escapes to heap
time_date_calendar.go:56:44: time.Time.Round(neg, d) escapes to heap
time_date_calendar.go:59:13: ... argument does not escape
time_date_calendar.go:59:21: time.Time.Round(h, time.Duration(1000000000)) escapes to heap
time_date_calendar.go:59:65: time.Time.Round(time.Time.Add(h, time.Duration(-1)), time.Duration(1000000000)) escapes to heap
time_date_calendar.go:63:13: ... argument does not escape
time_date_calendar.go:63:14: a escapes to heap
time_date_calendar.go:63:24: time.Time.Equal(a, t) escapes to heap
time_date_calendar.go:63:31: a == t escapes to heap
time_date_calendar.go:63:45: time.Time.UTC(a) == t escapes to heap
time_date_calendar.go:63:57: time.Time.Hour(a) escapes to heap
time_date_calendar.go:63:70: time.Time.YearDay(a) escapes to heap
time_date_calendar.go:64:8: func literal does not escape
