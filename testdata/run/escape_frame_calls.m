escape_frame_calls.go:11:7: t does not escape
escape_frame_calls.go:20:12: make([]byte, 64 + i % 200) escapes to heap
escape_frame_calls.go:25:17: append does not escape
escape_frame_calls.go:35:8: &T{...} escapes to heap
escape_frame_calls.go:45:12: leaking param: p to result ~r0 level=0
escape_frame_calls.go:49:2: moved to heap: x
escape_frame_calls.go:51:15: append escapes to heap
escape_frame_calls.go:57:9: func literal does not escape
escape_frame_calls.go:60:9: func literal does not escape
escape_frame_calls.go:61:13: func literal does not escape
escape_frame_calls.go:71:8: func literal does not escape
escape_frame_calls.go:73:12: ... argument does not escape
escape_frame_calls.go:73:13: i escapes to heap
escape_frame_calls.go:73:16: " " escapes to heap
escape_frame_calls.go:81:8: func literal does not escape
escape_frame_calls.go:81:31: ... argument does not escape
escape_frame_calls.go:81:32: "x=" escapes to heap
escape_frame_calls.go:81:38: x escapes to heap
escape_frame_calls.go:90:8: func literal does not escape
escape_frame_calls.go:92:20: ... argument does not escape
escape_frame_calls.go:92:21: "recovered " escapes to heap
escape_frame_calls.go:92:38: " a=" escapes to heap
escape_frame_calls.go:92:46: t.a escapes to heap
escape_frame_calls.go:104:8: t.Inc does not escape
escape_frame_calls.go:106:11: (&t).Inc does not escape
escape_frame_calls.go:112:25: parent does not escape
escape_frame_calls.go:126:11: make([]int, n) does not escape
escape_frame_calls.go:142:13: append escapes to heap
escape_frame_calls.go:149:15: s does not escape
escape_frame_calls.go:150:14: ([]byte)(s) does not escape
escape_frame_calls.go:153:16: string(b) escapes to heap
escape_frame_calls.go:159:9: func literal does not escape
escape_frame_calls.go:167:9: &struct { p *int }{...} does not escape
escape_frame_calls.go:174:13: ... argument does not escape
escape_frame_calls.go:174:24: loopKeep().a escapes to heap
escape_frame_calls.go:177:13: ... argument does not escape
escape_frame_calls.go:177:14: *sink[0] escapes to heap
escape_frame_calls.go:178:13: ... argument does not escape
escape_frame_calls.go:178:21: counter() escapes to heap
escape_frame_calls.go:180:13: ... argument does not escape
escape_frame_calls.go:180:28: deferSeesLater() escapes to heap
escape_frame_calls.go:181:13: ... argument does not escape
escape_frame_calls.go:181:28: recoverInFrame() escapes to heap
escape_frame_calls.go:182:13: ... argument does not escape
escape_frame_calls.go:182:23: methodVal() escapes to heap
escape_frame_calls.go:183:13: ... argument does not escape
escape_frame_calls.go:183:21: recurse(5, nil) escapes to heap
escape_frame_calls.go:184:13: ... argument does not escape
escape_frame_calls.go:184:26: variableMake(3) escapes to heap
escape_frame_calls.go:184:43: variableMake(50) escapes to heap
escape_frame_calls.go:187:13: ... argument does not escape
escape_frame_calls.go:187:14: a escapes to heap
escape_frame_calls.go:187:20: len(b) escapes to heap
escape_frame_calls.go:187:28: cap(a) escapes to heap
escape_frame_calls.go:187:36: cap(b) escapes to heap
escape_frame_calls.go:187:42: b[19] escapes to heap
escape_frame_calls.go:188:13: ... argument does not escape
escape_frame_calls.go:188:22: byteConv("hello") escapes to heap
escape_frame_calls.go:188:41: byteConv("a long string that does not fit in the buffer") escapes to heap
escape_frame_calls.go:189:13: ... argument does not escape
escape_frame_calls.go:189:26: captureArray() escapes to heap
escape_frame_calls.go:189:47: ptrToFrameInFrame() escapes to heap
