defer_position_long_line.go:7:11: s does not escape
defer_position_long_line.go:7:21: f does not escape
defer_position_long_line.go:9:13: ... argument does not escape
defer_position_long_line.go:9:17: len(s) escapes to heap
defer_position_long_line.go:13: "a" escapes to heap
defer_position_long_line.go:13: ... argument does not escape
defer_position_long_line.go:14: "b" escapes to heap
defer_position_long_line.go:14: ... argument does not escape
defer_position_long_line.go:15: "c" escapes to heap
defer_position_long_line.go:15: ... argument does not escape
defer_position_long_line.go:13:245: func literal does not escape
defer_position_long_line.go:14:246: func literal does not escape
defer_position_long_line.go:15: func literal does not escape
defer_position_long_line.go:16:13: ... argument does not escape
defer_position_long_line.go:16:14: "body" escapes to heap
