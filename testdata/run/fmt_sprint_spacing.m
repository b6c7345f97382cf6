fmt_sprint_spacing.go:9:13: ... argument does not escape
fmt_sprint_spacing.go:9:24: fmt.Sprint(... argument...) escapes to heap
fmt_sprint_spacing.go:9:24: ... argument does not escape
fmt_sprint_spacing.go:9:25: "a" escapes to heap
fmt_sprint_spacing.go:9:30: "b" escapes to heap
fmt_sprint_spacing.go:9:35: 1 escapes to heap
fmt_sprint_spacing.go:9:38: 2 escapes to heap
fmt_sprint_spacing.go:9:41: "c" escapes to heap
fmt_sprint_spacing.go:9:46: 3.5 escapes to heap
fmt_sprint_spacing.go:9:51: true escapes to heap
fmt_sprint_spacing.go:9:57: false escapes to heap
fmt_sprint_spacing.go:10:13: ... argument does not escape
fmt_sprint_spacing.go:10:24: fmt.Sprint(... argument...) escapes to heap
fmt_sprint_spacing.go:10:24: ... argument does not escape
fmt_sprint_spacing.go:10:25: 1 escapes to heap
fmt_sprint_spacing.go:10:28: 2 escapes to heap
fmt_sprint_spacing.go:10:31: 3 escapes to heap
fmt_sprint_spacing.go:11:13: ... argument does not escape
fmt_sprint_spacing.go:11:24: fmt.Sprint(... argument...) escapes to heap
fmt_sprint_spacing.go:11:24: ... argument does not escape
fmt_sprint_spacing.go:11:25: "x" escapes to heap
fmt_sprint_spacing.go:11:30: 1 escapes to heap
fmt_sprint_spacing.go:11:33: "y" escapes to heap
fmt_sprint_spacing.go:12:13: ... argument does not escape
fmt_sprint_spacing.go:12:24: fmt.Sprint(... argument...) escapes to heap
fmt_sprint_spacing.go:12:24: ... argument does not escape
fmt_sprint_spacing.go:12:26: S{...} escapes to heap
fmt_sprint_spacing.go:12:32: S{...} escapes to heap
fmt_sprint_spacing.go:12:37: "z" escapes to heap
fmt_sprint_spacing.go:13:13: ... argument does not escape
fmt_sprint_spacing.go:13:40: fmt.Sprintln(... argument...) + "|" escapes to heap
fmt_sprint_spacing.go:13:40: fmt.Sprintln(... argument...) + "|" escapes to heap
fmt_sprint_spacing.go:13:26: ... argument does not escape
fmt_sprint_spacing.go:13:27: "a" escapes to heap
fmt_sprint_spacing.go:13:32: "b" escapes to heap
fmt_sprint_spacing.go:13:37: 1 escapes to heap
fmt_sprint_spacing.go:14:11: ... argument does not escape
fmt_sprint_spacing.go:14:12: "p" escapes to heap
fmt_sprint_spacing.go:14:17: 1 escapes to heap
fmt_sprint_spacing.go:14:20: 2 escapes to heap
fmt_sprint_spacing.go:14:23: "q\n" escapes to heap
fmt_sprint_spacing.go:15:11: ... argument does not escape
fmt_sprint_spacing.go:15:12: 1 escapes to heap
fmt_sprint_spacing.go:15:15: "\n" escapes to heap
fmt_sprint_spacing.go:16:23: ... argument does not escape
fmt_sprint_spacing.go:16:24: "returns" escapes to heap
fmt_sprint_spacing.go:16:35: "count" escapes to heap
fmt_sprint_spacing.go:17:13: ... argument does not escape
fmt_sprint_spacing.go:17:14: n escapes to heap
fmt_sprint_spacing.go:18:18: ... argument does not escape
fmt_sprint_spacing.go:18:28: 5 escapes to heap
fmt_sprint_spacing.go:18:31: "five" escapes to heap
fmt_sprint_spacing.go:19:13: ... argument does not escape
fmt_sprint_spacing.go:19:14: s escapes to heap
fmt_sprint_spacing.go:19:20: len(s) escapes to heap
