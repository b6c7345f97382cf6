cap_sizes.go:38:12: leaking param: name
cap_sizes.go:38:32: app does not escape
cap_sizes.go:40:11: ... argument does not escape
cap_sizes.go:40:12: name escapes to heap
cap_sizes.go:40:18: ":" escapes to heap
cap_sizes.go:44:13: ... argument does not escape
cap_sizes.go:44:14: " " escapes to heap
cap_sizes.go:44:19: c escapes to heap
cap_sizes.go:52:43: append escapes to heap
cap_sizes.go:53:43: append escapes to heap
cap_sizes.go:54:43: append escapes to heap
cap_sizes.go:55:43: append escapes to heap
cap_sizes.go:56:43: append escapes to heap
cap_sizes.go:57:43: append escapes to heap
cap_sizes.go:58:43: append escapes to heap
cap_sizes.go:59:43: append escapes to heap
cap_sizes.go:60:45: append escapes to heap
cap_sizes.go:61:45: append escapes to heap
cap_sizes.go:62:45: append escapes to heap
cap_sizes.go:63:45: append escapes to heap
cap_sizes.go:64:45: append escapes to heap
cap_sizes.go:65:45: append escapes to heap
cap_sizes.go:66:45: append escapes to heap
cap_sizes.go:52:19: func literal does not escape
cap_sizes.go:53:19: func literal does not escape
cap_sizes.go:54:19: func literal does not escape
cap_sizes.go:55:19: func literal does not escape
cap_sizes.go:56:19: func literal does not escape
cap_sizes.go:57:19: func literal does not escape
cap_sizes.go:58:19: func literal does not escape
cap_sizes.go:59:19: func literal does not escape
cap_sizes.go:60:20: func literal does not escape
cap_sizes.go:61:20: func literal does not escape
cap_sizes.go:62:20: func literal does not escape
cap_sizes.go:63:20: func literal does not escape
cap_sizes.go:64:20: func literal does not escape
cap_sizes.go:65:20: func literal does not escape
cap_sizes.go:66:20: func literal does not escape
cap_sizes.go:71:13: append escapes to heap
cap_sizes.go:72:13: ... argument does not escape
cap_sizes.go:72:17: cap(s8) escapes to heap
cap_sizes.go:73:22: make([]int64, 10) does not escape
cap_sizes.go:73:13: append escapes to heap
cap_sizes.go:74:13: ... argument does not escape
cap_sizes.go:74:17: cap(s8) escapes to heap
cap_sizes.go:76:13: append escapes to heap
cap_sizes.go:77:13: ... argument does not escape
cap_sizes.go:77:17: cap(s1) escapes to heap
cap_sizes.go:78:28: make([]byte, 1000) does not escape
cap_sizes.go:78:13: append escapes to heap
cap_sizes.go:79:13: ... argument does not escape
cap_sizes.go:79:17: cap(s1) escapes to heap
cap_sizes.go:80:29: make([]e3, 11) does not escape
cap_sizes.go:80:13: append escapes to heap
cap_sizes.go:81:13: ... argument does not escape
cap_sizes.go:81:17: cap(s3) escapes to heap
cap_sizes.go:84:25: []int{...} does not escape
cap_sizes.go:85:12: make([]byte, n) escapes to heap
cap_sizes.go:86:12: make([]int64, n, n + 1) escapes to heap
cap_sizes.go:87:12: ... argument does not escape
cap_sizes.go:87:16: cap(s1) escapes to heap
cap_sizes.go:87:22: " " escapes to heap
cap_sizes.go:87:30: cap(s8) escapes to heap
cap_sizes.go:87:36: " " escapes to heap
cap_sizes.go:88:14: append escapes to heap
cap_sizes.go:89:14: append escapes to heap
cap_sizes.go:90:12: ... argument does not escape
cap_sizes.go:90:16: cap(s1) escapes to heap
cap_sizes.go:90:22: " " escapes to heap
cap_sizes.go:90:30: cap(s8) escapes to heap
cap_sizes.go:90:36: "; " escapes to heap
