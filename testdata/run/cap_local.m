cap_local.go:20:13: append does not escape
cap_local.go:21:12: ... argument does not escape
cap_local.go:21:16: cap(s) escapes to heap
cap_local.go:21:21: " " escapes to heap
cap_local.go:23:13: ... argument does not escape
cap_local.go:23:14: "| 1" escapes to heap
cap_local.go:30:13: append does not escape
cap_local.go:31:12: ... argument does not escape
cap_local.go:31:16: cap(s) escapes to heap
cap_local.go:31:21: " " escapes to heap
cap_local.go:33:13: ... argument does not escape
cap_local.go:33:14: "| 3" escapes to heap
cap_local.go:40:13: append does not escape
cap_local.go:41:12: ... argument does not escape
cap_local.go:41:16: cap(s) escapes to heap
cap_local.go:41:21: " " escapes to heap
cap_local.go:43:13: ... argument does not escape
cap_local.go:43:14: "| 5" escapes to heap
cap_local.go:50:13: append does not escape
cap_local.go:51:12: ... argument does not escape
cap_local.go:51:16: cap(s) escapes to heap
cap_local.go:51:21: " " escapes to heap
cap_local.go:53:13: ... argument does not escape
cap_local.go:53:14: "| 12" escapes to heap
cap_local.go:60:13: append does not escape
cap_local.go:61:12: ... argument does not escape
cap_local.go:61:16: cap(s) escapes to heap
cap_local.go:61:21: " " escapes to heap
cap_local.go:63:13: ... argument does not escape
cap_local.go:63:14: "| 16" escapes to heap
cap_local.go:70:13: append does not escape
cap_local.go:71:12: ... argument does not escape
cap_local.go:71:16: cap(s) escapes to heap
cap_local.go:71:21: " " escapes to heap
cap_local.go:73:13: ... argument does not escape
cap_local.go:73:14: "| 24" escapes to heap
cap_local.go:80:13: append does not escape
cap_local.go:81:12: ... argument does not escape
cap_local.go:81:16: cap(s) escapes to heap
cap_local.go:81:21: " " escapes to heap
cap_local.go:83:13: ... argument does not escape
cap_local.go:83:14: "| 32" escapes to heap
cap_local.go:90:13: append does not escape
cap_local.go:91:12: ... argument does not escape
cap_local.go:91:16: cap(s) escapes to heap
cap_local.go:91:21: " " escapes to heap
cap_local.go:93:13: ... argument does not escape
cap_local.go:93:14: "| 40" escapes to heap
cap_local.go:98:11: make([]byte, n) does not escape
cap_local.go:99:11: make([]int32, n) does not escape
cap_local.go:100:11: make([]int64, n) does not escape
cap_local.go:101:11: make([]e24, n) does not escape
cap_local.go:102:11: make([]e40, n) does not escape
cap_local.go:103:11: make([]int64, 0, n) does not escape
cap_local.go:105:12: append does not escape
cap_local.go:106:13: ... argument does not escape
cap_local.go:106:14: n escapes to heap
cap_local.go:106:20: cap(a) escapes to heap
cap_local.go:106:28: cap(b) escapes to heap
cap_local.go:106:36: cap(c) escapes to heap
cap_local.go:106:44: cap(d) escapes to heap
cap_local.go:106:52: cap(e) escapes to heap
cap_local.go:106:60: cap(f) escapes to heap
cap_local.go:107:12: append does not escape
cap_local.go:108:12: append does not escape
cap_local.go:109:13: ... argument does not escape
cap_local.go:109:14: n escapes to heap
cap_local.go:109:20: cap(a) escapes to heap
cap_local.go:109:28: cap(c) escapes to heap
cap_local.go:114:11: make([]int64, 3) does not escape
cap_local.go:115:11: make([]byte, 0, 5) does not escape
cap_local.go:116:12: append does not escape
cap_local.go:117:12: append does not escape
cap_local.go:118:13: ... argument does not escape
cap_local.go:118:17: cap(a) escapes to heap
cap_local.go:118:25: cap(b) escapes to heap
cap_local.go:122:18: s does not escape
cap_local.go:123:14: ([]byte)(s) does not escape
cap_local.go:124:14: ([]rune)(s) does not escape
cap_local.go:125:12: append does not escape
cap_local.go:126:12: append does not escape
cap_local.go:127:13: ... argument does not escape
cap_local.go:127:17: len(s) escapes to heap
cap_local.go:127:25: cap(b) escapes to heap
cap_local.go:127:33: cap(r) escapes to heap
cap_local.go:127:44: string(b[:1]) escapes to heap
cap_local.go:127:46: string(b[:1]) escapes to heap
cap_local.go:127:59: string(r[:1]) escapes to heap
cap_local.go:127:61: string(r[:1]) escapes to heap
cap_local.go:132:12: []int{...} does not escape
cap_local.go:133:12: append does not escape
cap_local.go:134:13: []byte{} does not escape
cap_local.go:135:12: append does not escape
cap_local.go:136:13: ... argument does not escape
cap_local.go:136:17: cap(s) escapes to heap
cap_local.go:136:25: cap(t) escapes to heap
cap_local.go:136:31: s[3] escapes to heap
cap_local.go:136:37: t[0] escapes to heap
cap_local.go:148:25: []int{...} does not escape
