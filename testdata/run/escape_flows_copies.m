escape_flows_copies.go:112:14: devirtualizing g.get to *holder
escape_flows_copies.go:32:12: make([]byte, 64 + i % 300) escapes to heap
escape_flows_copies.go:37:17: append does not escape
escape_flows_copies.go:44:11: leaking param: p
escape_flows_copies.go:44:31: &S{...} escapes to heap
escape_flows_copies.go:48:2: moved to heap: x
escape_flows_copies.go:54:2: moved to heap: n
escape_flows_copies.go:61:2: moved to heap: x
escape_flows_copies.go:61:5: moved to heap: y
escape_flows_copies.go:70:2: moved to heap: x
escape_flows_copies.go:78:2: moved to heap: arr
escape_flows_copies.go:83:20: leaking param content: dst
escape_flows_copies.go:83:20: leaking param: dst to result ~r0 level=0
escape_flows_copies.go:84:2: moved to heap: x
escape_flows_copies.go:85:15: []*int{...} does not escape
escape_flows_copies.go:86:15: append escapes to heap
escape_flows_copies.go:91:2: moved to heap: x
escape_flows_copies.go:92:6: moved to heap: wg
escape_flows_copies.go:94:5: func literal escapes to heap
escape_flows_copies.go:106:7: leaking param: h to result ~r0 level=0
escape_flows_copies.go:110:2: moved to heap: h
escape_flows_copies.go:117:2: moved to heap: x
escape_flows_copies.go:118:7: func literal does not escape
escape_flows_copies.go:124:2: moved to heap: x
escape_flows_copies.go:125:2: moved to heap: p
escape_flows_copies.go:132:2: moved to heap: a
escape_flows_copies.go:133:2: moved to heap: b
escape_flows_copies.go:134:16: [][]int{...} escapes to heap
escape_flows_copies.go:139:2: moved to heap: x
escape_flows_copies.go:140:11: make(map[int]*int) escapes to heap
escape_flows_copies.go:147:2: moved to heap: x
escape_flows_copies.go:148:19: map[int]*int{} does not escape
escape_flows_copies.go:169:13: ... argument does not escape
escape_flows_copies.go:169:14: *gs.p escapes to heap
escape_flows_copies.go:169:22: n.v escapes to heap
escape_flows_copies.go:169:32: n.next.v escapes to heap
escape_flows_copies.go:169:36: *globalBox.p escapes to heap
escape_flows_copies.go:169:50: *globalBox.arr[1] escapes to heap
escape_flows_copies.go:169:69: *globalArr[0] escapes to heap
escape_flows_copies.go:169:84: <-gch escapes to heap
escape_flows_copies.go:169:91: *ac[0] escapes to heap
escape_flows_copies.go:169:99: g escapes to heap
escape_flows_copies.go:169:102: *ir escapes to heap
escape_flows_copies.go:169:107: *cr escapes to heap
escape_flows_copies.go:169:112: *(*ml) escapes to heap
escape_flows_copies.go:169:118: ss escapes to heap
escape_flows_copies.go:169:122: *mp[0] escapes to heap
escape_flows_copies.go:169:130: *lm escapes to heap
