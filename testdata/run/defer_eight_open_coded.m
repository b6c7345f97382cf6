defer_eight_open_coded.go:12:8: func literal does not escape
