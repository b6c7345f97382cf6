capture_reassigned.go:12:8: func literal does not escape
capture_reassigned.go:14:12: ... argument does not escape
capture_reassigned.go:14:14: f() escapes to heap
capture_reassigned.go:14:18: " " escapes to heap
capture_reassigned.go:23:19: func literal escapes to heap
capture_reassigned.go:23:14: append escapes to heap
capture_reassigned.go:31:8: func literal does not escape
capture_reassigned.go:32:12: ... argument does not escape
capture_reassigned.go:32:14: f() escapes to heap
capture_reassigned.go:32:18: " " escapes to heap
capture_reassigned.go:40:9: func literal does not escape
capture_reassigned.go:41:9: func literal does not escape
capture_reassigned.go:50:9: func literal does not escape
capture_reassigned.go:57:7: func literal does not escape
capture_reassigned.go:64:25: []int{...} does not escape
capture_reassigned.go:65:8: func literal does not escape
capture_reassigned.go:67:12: ... argument does not escape
capture_reassigned.go:67:14: f() escapes to heap
capture_reassigned.go:67:18: " " escapes to heap
capture_reassigned.go:75:7: func literal does not escape
capture_reassigned.go:83:7: func literal does not escape
capture_reassigned.go:92:7: func literal does not escape
capture_reassigned.go:99:7: func literal does not escape
capture_reassigned.go:106:7: func literal does not escape
capture_reassigned.go:112:20: x does not escape
capture_reassigned.go:115:8: func literal does not escape
capture_reassigned.go:132:7: c does not escape
capture_reassigned.go:125:7: func literal does not escape
capture_reassigned.go:137:7: func literal does not escape
capture_reassigned.go:145:7: func literal does not escape
capture_reassigned.go:154:7: func literal does not escape
capture_reassigned.go:164:7: func literal does not escape
capture_reassigned.go:174:7: func literal does not escape
capture_reassigned.go:183:12: ... argument does not escape
capture_reassigned.go:183:14: f() escapes to heap
capture_reassigned.go:183:18: " " escapes to heap
capture_reassigned.go:187:13: ... argument does not escape
capture_reassigned.go:187:36: assignedInOtherClosure() escapes to heap
capture_reassigned.go:187:61: assignedBeforeCapture() escapes to heap
capture_reassigned.go:188:13: ... argument does not escape
capture_reassigned.go:188:13: .autotmp_1 escapes to heap
capture_reassigned.go:188:13: .autotmp_2 escapes to heap
capture_reassigned.go:190:13: ... argument does not escape
capture_reassigned.go:190:20: incDec() escapes to heap
capture_reassigned.go:190:33: ptrAssign() escapes to heap
capture_reassigned.go:190:45: opAssign() escapes to heap
capture_reassigned.go:190:60: namedResult() escapes to heap
capture_reassigned.go:190:69: param(1) escapes to heap
capture_reassigned.go:190:87: typeSwitchVar(3) escapes to heap
capture_reassigned.go:190:88: 3 does not escape
capture_reassigned.go:191:13: ... argument does not escape
capture_reassigned.go:191:23: methodPtr() escapes to heap
capture_reassigned.go:191:36: arrayElem() escapes to heap
capture_reassigned.go:191:52: sliceOfArray() escapes to heap
capture_reassigned.go:191:67: structField() escapes to heap
capture_reassigned.go:191:81: selectRecv() escapes to heap
capture_reassigned.go:191:96: rangeAssign() escapes to heap
