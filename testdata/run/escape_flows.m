escape_flows.go:20:7: v does not escape
escape_flows.go:32:12: make([]byte, 64 + i % 200) escapes to heap
escape_flows.go:37:17: append does not escape
escape_flows.go:45:2: moved to heap: arr
escape_flows.go:51:2: moved to heap: x
escape_flows.go:56:16: s does not escape
escape_flows.go:57:2: moved to heap: x
escape_flows.go:62:18: leaking param content: p
escape_flows.go:63:2: moved to heap: x
escape_flows.go:64:13: append escapes to heap
escape_flows.go:68:20: f does not escape
escape_flows.go:69:2: moved to heap: x
escape_flows.go:74:19: leaking param: g
escape_flows.go:75:2: moved to heap: x
escape_flows.go:81:19: leaking param: p
escape_flows.go:84:14: leaking param: p
escape_flows.go:93:14: leaking param: p
escape_flows.go:97:2: moved to heap: x
escape_flows.go:105:2: moved to heap: x
escape_flows.go:112:17: c does not escape
escape_flows.go:113:2: moved to heap: x
escape_flows.go:121:15: dst does not escape
escape_flows.go:122:2: moved to heap: x
escape_flows.go:123:18: []*int{...} does not escape
escape_flows.go:129:7: val escapes to heap
escape_flows.go:130:7: &V{...} escapes to heap
escape_flows.go:131:13: append escapes to heap
escape_flows.go:136:2: moved to heap: x
escape_flows.go:137:9: func literal escapes to heap
escape_flows.go:139:10: func literal escapes to heap
escape_flows.go:147:10: p does not escape
escape_flows.go:145:2: moved to heap: x
escape_flows.go:147:5: func literal escapes to heap
escape_flows.go:155:14: p does not escape
escape_flows.go:152:28: moved to heap: s
escape_flows.go:154:3: moved to heap: x
escape_flows.go:155:9: func literal escapes to heap
escape_flows.go:155:39: ... argument does not escape
escape_flows.go:155:40: *p escapes to heap
escape_flows.go:163:2: moved to heap: val
escape_flows.go:162:8: func literal does not escape
escape_flows.go:176:2: moved to heap: val
escape_flows.go:177:23: val.PGet escapes to heap
escape_flows.go:177:14: append escapes to heap
escape_flows.go:182:6: moved to heap: b
escape_flows.go:184:14: ... argument does not escape
escape_flows.go:184:26: i escapes to heap
escape_flows.go:191:12: []int{...} escapes to heap
escape_flows.go:197:23: map[string][]int{} escapes to heap
escape_flows.go:198:12: []int{...} escapes to heap
escape_flows.go:208:21: func literal escapes to heap
escape_flows.go:208:15: append escapes to heap
escape_flows.go:215:2: moved to heap: x
escape_flows.go:228:21: leaking param: p
escape_flows.go:224:14: make([]*int, 1) does not escape
escape_flows.go:228:16: func literal does not escape
escape_flows.go:230:20: taker{} escapes to heap
escape_flows.go:237:13: make([]*int, 1) does not escape
escape_flows.go:254:13: ... argument does not escape
escape_flows.go:254:14: global escapes to heap
escape_flows.go:254:22: *s1.p escapes to heap
escape_flows.go:254:29: *ptrs[0] escapes to heap
escape_flows.go:254:39: *ap[0] escapes to heap
escape_flows.go:254:47: g1 escapes to heap
escape_flows.go:254:51: g2 escapes to heap
escape_flows.go:254:55: g3 escapes to heap
escape_flows.go:254:59: *(<-ci) escapes to heap
escape_flows.go:254:66: *(<-sc) escapes to heap
escape_flows.go:254:73: *dst[0] escapes to heap
escape_flows.go:255:13: ... argument does not escape
escape_flows.go:255:20: gi.Get() escapes to heap
escape_flows.go:255:33: gs[0].Get() escapes to heap
escape_flows.go:255:39: nc() escapes to heap
escape_flows.go:255:45: nc() escapes to heap
escape_flows.go:255:49: ga escapes to heap
escape_flows.go:255:53: da escapes to heap
escape_flows.go:255:72: pi.(Getter).Get() escapes to heap
escape_flows.go:255:76: me escapes to heap
escape_flows.go:255:86: fns[0]() escapes to heap
escape_flows.go:255:90: bl escapes to heap
escape_flows.go:256:13: ... argument does not escape
escape_flows.go:256:19: rc[0]() escapes to heap
escape_flows.go:256:28: rc[1]() escapes to heap
escape_flows.go:256:37: rc[2]() escapes to heap
escape_flows.go:256:41: g4 escapes to heap
