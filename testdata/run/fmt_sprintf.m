fmt_sprintf.go:17:2: moved to heap: p
fmt_sprintf.go:8:18: ... argument does not escape
fmt_sprintf.go:8:31: 1 escapes to heap
fmt_sprintf.go:8:34: "two" escapes to heap
fmt_sprintf.go:8:41: 3 escapes to heap
fmt_sprintf.go:9:13: ... argument does not escape
fmt_sprintf.go:9:14: s escapes to heap
fmt_sprintf.go:9:20: len(s) escapes to heap
fmt_sprintf.go:10:17: ... argument does not escape
fmt_sprintf.go:10:18: "a" escapes to heap
fmt_sprintf.go:10:23: 1 escapes to heap
fmt_sprintf.go:10:26: 2 escapes to heap
fmt_sprintf.go:10:29: "b" escapes to heap
fmt_sprintf.go:10:34: "c" escapes to heap
fmt_sprintf.go:10:39: 3.5 escapes to heap
fmt_sprintf.go:10:44: true escapes to heap
fmt_sprintf.go:11:13: ... argument does not escape
fmt_sprintf.go:11:14: t escapes to heap
fmt_sprintf.go:12:17: ... argument does not escape
fmt_sprintf.go:12:18: 1 escapes to heap
fmt_sprintf.go:12:21: 2 escapes to heap
fmt_sprintf.go:13:13: ... argument does not escape
fmt_sprintf.go:13:14: u escapes to heap
fmt_sprintf.go:14:19: ... argument does not escape
fmt_sprintf.go:14:20: "x" escapes to heap
fmt_sprintf.go:14:25: 1 escapes to heap
fmt_sprintf.go:15:11: ... argument does not escape
fmt_sprintf.go:15:12: v escapes to heap
fmt_sprintf.go:16:13: ... argument does not escape
fmt_sprintf.go:16:17: len(v) escapes to heap
fmt_sprintf.go:18:13: ... argument does not escape
fmt_sprintf.go:18:25: fmt.Sprintf("%v|%+v|%T", ... argument...) escapes to heap
fmt_sprintf.go:18:25: ... argument does not escape
fmt_sprintf.go:18:39: p escapes to heap
fmt_sprintf.go:18:42: p escapes to heap
fmt_sprintf.go:18:45: p escapes to heap
fmt_sprintf.go:20:13: ... argument does not escape
fmt_sprintf.go:20:25: fmt.Sprintf("%v %+v", ... argument...) escapes to heap
fmt_sprintf.go:20:25: ... argument does not escape
fmt_sprintf.go:23:22: ... argument does not escape
fmt_sprintf.go:23:33: i escapes to heap
fmt_sprintf.go:25:13: ... argument does not escape
fmt_sprintf.go:25:14: line escapes to heap
fmt_sprintf.go:26:13: ... argument does not escape
fmt_sprintf.go:26:25: fmt.Sprintf("%5.1f%%", ... argument...) escapes to heap
fmt_sprintf.go:26:25: ... argument does not escape
fmt_sprintf.go:26:37: 99.5 escapes to heap
fmt_sprintf.go:27:13: ... argument does not escape
fmt_sprintf.go:27:24: fmt.Sprint(nil...) escapes to heap
fmt_sprintf.go:27:38: fmt.Sprint(... argument...) escapes to heap
fmt_sprintf.go:27:38: ... argument does not escape
fmt_sprintf.go:27:56: fmt.Sprintf("%v", ... argument...) escapes to heap
fmt_sprintf.go:27:56: ... argument does not escape
