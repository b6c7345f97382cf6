cap_named_defer.go:27:13: append escapes to heap
cap_named_defer.go:35:8: func literal does not escape
cap_named_defer.go:37:13: append escapes to heap
cap_named_defer.go:45:8: func literal does not escape
cap_named_defer.go:48:13: append escapes to heap
cap_named_defer.go:56:18: "" escapes to heap
cap_named_defer.go:56:17: ... argument does not escape
cap_named_defer.go:58:13: append escapes to heap
cap_named_defer.go:66:8: func literal does not escape
cap_named_defer.go:68:13: append escapes to heap
cap_named_defer.go:72:9: "boom" escapes to heap
cap_named_defer.go:79:8: func literal does not escape
cap_named_defer.go:81:13: append escapes to heap
cap_named_defer.go:84:9: "boom" escapes to heap
cap_named_defer.go:90:13: ... argument does not escape
cap_named_defer.go:90:17: cap(plain(3)) escapes to heap
cap_named_defer.go:90:32: cap(withDefer(3)) escapes to heap
cap_named_defer.go:90:51: cap(unnamedWithDefer(3)) escapes to heap
cap_named_defer.go:90:77: cap(bareReturn(3)) escapes to heap
cap_named_defer.go:93:13: ... argument does not escape
cap_named_defer.go:93:14: r escapes to heap
cap_named_defer.go:93:20: len(r) escapes to heap
cap_named_defer.go:93:28: cap(r) escapes to heap
cap_named_defer.go:96:13: ... argument does not escape
cap_named_defer.go:96:20: string(b) escapes to heap
cap_named_defer.go:96:21: string(b) escapes to heap
cap_named_defer.go:96:28: len(b) escapes to heap
cap_named_defer.go:96:36: cap(b) escapes to heap
