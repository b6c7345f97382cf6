time_now_monotonic.go:10:13: ... argument does not escape
time_now_monotonic.go:10:14: "zero" escapes to heap
time_now_monotonic.go:10:34: time.Time.IsZero(start) escapes to heap
time_now_monotonic.go:10:56: time.Time.IsZero(time.Time{}) escapes to heap
time_now_monotonic.go:15:13: ... argument does not escape
time_now_monotonic.go:15:14: "sub >= sleep" escapes to heap
time_now_monotonic.go:15:33: el >= time.Duration(20000000) escapes to heap
time_now_monotonic.go:15:43: "sub < 10s" escapes to heap
time_now_monotonic.go:15:59: el < time.Duration(10000000000) escapes to heap
time_now_monotonic.go:16:13: ... argument does not escape
time_now_monotonic.go:16:14: "since >= sub" escapes to heap
time_now_monotonic.go:16:48: time.Since(start) >= el escapes to heap
time_now_monotonic.go:17:13: ... argument does not escape
time_now_monotonic.go:17:14: "until < 0" escapes to heap
time_now_monotonic.go:17:45: time.Until(start) < time.Duration(0) escapes to heap
time_now_monotonic.go:17:50: "until future > 0" escapes to heap
time_now_monotonic.go:17:100: time.Until(time.Time.Add(t2, time.Duration(3600000000000))) > time.Duration(3540000000000) escapes to heap
time_now_monotonic.go:18:13: ... argument does not escape
time_now_monotonic.go:18:14: "before/after" escapes to heap
time_now_monotonic.go:18:42: time.Time.Before(start, t2) escapes to heap
time_now_monotonic.go:18:56: time.Time.After(t2, start) escapes to heap
time_now_monotonic.go:18:76: time.Time.After(start, t2) escapes to heap
time_now_monotonic.go:18:91: time.Time.Before(t2, start) escapes to heap
time_now_monotonic.go:19:13: ... argument does not escape
time_now_monotonic.go:19:14: "equal" escapes to heap
time_now_monotonic.go:19:34: time.Time.Equal(start, start) escapes to heap
time_now_monotonic.go:19:54: time.Time.Equal(start, t2) escapes to heap
time_now_monotonic.go:19:73: time.Time.Compare(start, t2) escapes to heap
time_now_monotonic.go:19:89: time.Time.Compare(t2, start) escapes to heap
time_now_monotonic.go:19:111: time.Time.Compare(start, start) escapes to heap
time_now_monotonic.go:23:13: ... argument does not escape
time_now_monotonic.go:23:14: "add" escapes to heap
time_now_monotonic.go:23:35: time.Time.Sub(t3, start) == time.Duration(20000000) escapes to heap
time_now_monotonic.go:23:72: time.Time.Sub(time.Time.Add(start, time.Duration(-1000000000)), start) escapes to heap
time_now_monotonic.go:23:95: time.Time.Before(t3, t2) || time.Time.Equal(t3, t2) escapes to heap
time_now_monotonic.go:27:13: ... argument does not escape
time_now_monotonic.go:27:14: "unix plausible" escapes to heap
time_now_monotonic.go:27:34: u > int64(1600000000) escapes to heap
time_now_monotonic.go:27:50: u < int64(1099511627776) escapes to heap
time_now_monotonic.go:28:13: ... argument does not escape
time_now_monotonic.go:28:14: "unix agree" escapes to heap
time_now_monotonic.go:28:46: time.Time.UnixNano(t2) / int64(1000000000) == u escapes to heap
time_now_monotonic.go:28:71: time.Time.UnixMilli(t2) / int64(1000) == u escapes to heap
time_now_monotonic.go:28:96: time.Time.UnixMicro(t2) / int64(1000000) == u escapes to heap
time_now_monotonic.go:29:13: ... argument does not escape
time_now_monotonic.go:29:14: "unix order" escapes to heap
time_now_monotonic.go:29:42: time.Time.UnixNano(t2) >= time.Time.UnixNano(start) - int64(1000000000) escapes to heap
time_now_monotonic.go:34:13: ... argument does not escape
time_now_monotonic.go:34:14: "unix ctor" escapes to heap
time_now_monotonic.go:34:34: time.Time.Equal(a, b) escapes to heap
time_now_monotonic.go:34:45: time.Time.Unix(a) escapes to heap
time_now_monotonic.go:34:59: time.Time.UnixNano(a) escapes to heap
time_now_monotonic.go:34:75: time.Time.Nanosecond(a) escapes to heap
time_now_monotonic.go:34:91: time.Time.Nanosecond(b) escapes to heap
time_now_monotonic.go:36:13: ... argument does not escape
time_now_monotonic.go:36:20: time.Time.Unix(c) escapes to heap
time_now_monotonic.go:36:36: time.Time.Nanosecond(c) escapes to heap
time_now_monotonic.go:36:45: time.Time.Sub(c, a) escapes to heap
time_now_monotonic.go:36:55: time.Time.Sub(a, c) escapes to heap
time_now_monotonic.go:36:86: time.Time.Unix(time.Time.Add(a, time.Duration(5400000000000))) escapes to heap
time_now_monotonic.go:38:13: ... argument does not escape
time_now_monotonic.go:38:20: time.Time.Unix(m) escapes to heap
time_now_monotonic.go:38:35: time.Time.UnixMilli(m) escapes to heap
time_now_monotonic.go:38:50: time.Time.UnixMicro(m) escapes to heap
time_now_monotonic.go:38:66: time.Time.Nanosecond(m) escapes to heap
time_now_monotonic.go:40:13: ... argument does not escape
time_now_monotonic.go:40:21: time.Time.Unix(us) escapes to heap
time_now_monotonic.go:40:37: time.Time.UnixMicro(us) escapes to heap
time_now_monotonic.go:40:54: time.Time.Nanosecond(us) escapes to heap
time_now_monotonic.go:41:13: ... argument does not escape
time_now_monotonic.go:41:33: time.Time.Sub(time.Unix(int64(0), int64(0)), time.Time{}) escapes to heap
time_now_monotonic.go:41:63: time.Time.Sub(time.Time{}, time.Unix(int64(0), int64(0))) escapes to heap
time_now_monotonic.go:45:13: ... argument does not escape
time_now_monotonic.go:45:14: "mixed" escapes to heap
time_now_monotonic.go:45:30: time.Time.Equal(w, t2) escapes to heap
time_now_monotonic.go:45:41: time.Time.Sub(w, t2) escapes to heap
time_now_monotonic.go:45:53: time.Time.Sub(t2, w) escapes to heap
time_now_monotonic.go:49:13: ... argument does not escape
time_now_monotonic.go:49:14: "after" escapes to heap
time_now_monotonic.go:49:32: time.Time.After(got, time.Time.Add(start, time.Duration(-1000000000))) escapes to heap
time_now_monotonic.go:49:77: time.Since(start) >= time.Duration(20000000) escapes to heap
