cap_append.go:21:13: append does not escape
cap_append.go:22:12: ... argument does not escape
cap_append.go:22:16: cap(s) escapes to heap
cap_append.go:22:21: " " escapes to heap
cap_append.go:24:13: ... argument does not escape
cap_append.go:24:14: "| ints" escapes to heap
cap_append.go:24:27: len(s) escapes to heap
cap_append.go:31:13: append does not escape
cap_append.go:33:13: ... argument does not escape
cap_append.go:33:14: "bytes" escapes to heap
cap_append.go:33:26: len(b) escapes to heap
cap_append.go:33:34: cap(b) escapes to heap
cap_append.go:33:45: string(b[:3]) escapes to heap
cap_append.go:33:47: string(b[:3]) escapes to heap
cap_append.go:40:13: append does not escape
cap_append.go:41:12: ... argument does not escape
cap_append.go:41:16: cap(p) escapes to heap
cap_append.go:41:21: " " escapes to heap
cap_append.go:43:13: ... argument does not escape
cap_append.go:43:14: "| pairs" escapes to heap
cap_append.go:50:12: append does not escape
cap_append.go:51:13: ... argument does not escape
cap_append.go:51:14: "bigs" escapes to heap
cap_append.go:51:25: cap(b) escapes to heap
cap_append.go:57:12: append does not escape
cap_append.go:58:12: append does not escape
cap_append.go:59:13: ... argument does not escape
cap_append.go:59:14: "strs" escapes to heap
cap_append.go:59:25: len(s) escapes to heap
cap_append.go:59:33: cap(s) escapes to heap
cap_append.go:59:47: s[0] + s[1] + s[2] escapes to heap
cap_append.go:59:47: s[0] + s[1] + s[2] escapes to heap
cap_append.go:66:12: append does not escape
cap_append.go:67:13: ... argument does not escape
cap_append.go:67:14: "many" escapes to heap
cap_append.go:67:25: cap(s) escapes to heap
cap_append.go:68:12: append does not escape
cap_append.go:69:13: ... argument does not escape
cap_append.go:69:14: "reslice" escapes to heap
cap_append.go:69:28: cap(s) escapes to heap
cap_append.go:69:34: s[0] escapes to heap
cap_append.go:76:12: append does not escape
cap_append.go:77:13: ... argument does not escape
cap_append.go:77:14: "first" escapes to heap
cap_append.go:77:26: cap(s) escapes to heap
cap_append.go:79:12: append does not escape
cap_append.go:80:13: ... argument does not escape
cap_append.go:80:14: "again" escapes to heap
cap_append.go:80:26: cap(s) escapes to heap
cap_append.go:89:13: append does not escape
cap_append.go:90:12: ... argument does not escape
cap_append.go:90:16: cap(s) escapes to heap
cap_append.go:90:21: " " escapes to heap
cap_append.go:92:13: ... argument does not escape
cap_append.go:92:14: "| loop" escapes to heap
cap_append.go:97:13: append does not escape
cap_append.go:98:13: append does not escape
cap_append.go:99:13: ... argument does not escape
cap_append.go:99:14: "operand" escapes to heap
cap_append.go:99:28: cap(x) escapes to heap
cap_append.go:99:36: cap(y) escapes to heap
cap_append.go:104:11: make([]int, 0) does not escape
cap_append.go:106:13: append does not escape
cap_append.go:107:12: ... argument does not escape
cap_append.go:107:16: cap(x) escapes to heap
cap_append.go:107:21: " " escapes to heap
cap_append.go:109:13: ... argument does not escape
cap_append.go:109:14: "| make0" escapes to heap
cap_append.go:115:9: &holder{} escapes to heap
cap_append.go:117:18: append escapes to heap
cap_append.go:118:12: ... argument does not escape
cap_append.go:118:16: cap(keep.s) escapes to heap
cap_append.go:118:26: " " escapes to heap
cap_append.go:120:13: ... argument does not escape
cap_append.go:120:14: "| field" escapes to heap
cap_append.go:128:14: append escapes to heap
cap_append.go:129:12: ... argument does not escape
cap_append.go:129:16: cap(*p) escapes to heap
cap_append.go:129:22: " " escapes to heap
cap_append.go:131:13: ... argument does not escape
cap_append.go:131:14: "| pointer" escapes to heap
