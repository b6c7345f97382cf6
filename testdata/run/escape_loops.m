escape_loops.go:27:19: func literal escapes to heap
escape_loops.go:27:14: append escapes to heap
escape_loops.go:36:3: moved to heap: x
escape_loops.go:37:14: append escapes to heap
escape_loops.go:46:10: &node{...} escapes to heap
escape_loops.go:52:19: b does not escape
escape_loops.go:53:2: moved to heap: x
escape_loops.go:61:11: new(int) escapes to heap
escape_loops.go:63:15: append escapes to heap
escape_loops.go:72:26: []int{...} escapes to heap
escape_loops.go:72:15: append escapes to heap
escape_loops.go:81:12: make([]byte, 2) escapes to heap
escape_loops.go:84:15: append escapes to heap
escape_loops.go:90:21: moved to heap: s
escape_loops.go:92:9: func literal escapes to heap
escape_loops.go:92:33: ... argument does not escape
escape_loops.go:92:34: i escapes to heap
escape_loops.go:99:8: func literal does not escape
escape_loops.go:106:6: moved to heap: mu
escape_loops.go:107:6: moved to heap: wg
escape_loops.go:108:6: moved to heap: got
escape_loops.go:111:6: func literal escapes to heap
escape_loops.go:114:16: append escapes to heap
escape_loops.go:125:2: moved to heap: n
escape_loops.go:126:9: func literal escapes to heap
escape_loops.go:127:9: func literal escapes to heap
escape_loops.go:133:2: moved to heap: x
escape_loops.go:142:21: v escapes to heap
escape_loops.go:142:15: append escapes to heap
escape_loops.go:148:19: leaking param: xs to result ~r0 level=0
escape_loops.go:160:7: n does not escape
escape_loops.go:155:22: n.get escapes to heap
escape_loops.go:155:15: append escapes to heap
escape_loops.go:164:2: moved to heap: x
escape_loops.go:165:7: func literal escapes to heap
escape_loops.go:173:9: func literal does not escape
escape_loops.go:182:12: ... argument does not escape
escape_loops.go:182:14: f() escapes to heap
escape_loops.go:182:18: " " escapes to heap
escape_loops.go:186:12: ... argument does not escape
escape_loops.go:186:13: *p escapes to heap
escape_loops.go:186:17: " " escapes to heap
escape_loops.go:190:12: ... argument does not escape
escape_loops.go:190:14: n.v escapes to heap
escape_loops.go:190:18: " " escapes to heap
escape_loops.go:196:13: ... argument does not escape
escape_loops.go:196:14: *b1.p escapes to heap
escape_loops.go:196:21: *b2.p escapes to heap
escape_loops.go:198:12: ... argument does not escape
escape_loops.go:198:13: *p escapes to heap
escape_loops.go:198:17: " " escapes to heap
escape_loops.go:201:13: ... argument does not escape
escape_loops.go:201:28: literalsInLoop() escapes to heap
escape_loops.go:203:12: ... argument does not escape
escape_loops.go:203:19: string(b) escapes to heap
escape_loops.go:203:20: string(b) escapes to heap
escape_loops.go:203:24: " " escapes to heap
escape_loops.go:206:13: ... argument does not escape
escape_loops.go:206:25: deferInLoop() escapes to heap
escape_loops.go:207:13: ... argument does not escape
escape_loops.go:207:27: deferCaptures(4) escapes to heap
escape_loops.go:208:13: ... argument does not escape
escape_loops.go:208:24: goroutines() escapes to heap
escape_loops.go:212:13: ... argument does not escape
escape_loops.go:212:17: get() escapes to heap
escape_loops.go:215:13: ... argument does not escape
escape_loops.go:215:14: *global escapes to heap
escape_loops.go:216:13: ... argument does not escape
escape_loops.go:216:25: ifaceInLoop() escapes to heap
escape_loops.go:217:19: ... argument escapes to heap
escape_loops.go:218:19: ... argument escapes to heap
escape_loops.go:219:13: ... argument does not escape
escape_loops.go:219:14: a escapes to heap
escape_loops.go:219:17: c escapes to heap
escape_loops.go:221:12: ... argument does not escape
escape_loops.go:221:14: f() escapes to heap
escape_loops.go:221:18: " " escapes to heap
escape_loops.go:224:13: ... argument does not escape
escape_loops.go:224:35: .autotmp_14() escapes to heap
escape_loops.go:225:13: ... argument does not escape
escape_loops.go:225:34: sharedAcrossClosures() escapes to heap
