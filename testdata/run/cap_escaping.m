cap_escaping.go:15:13: append escapes to heap
cap_escaping.go:24:13: append escapes to heap
cap_escaping.go:36:13: append escapes to heap
cap_escaping.go:45:13: append escapes to heap
cap_escaping.go:54:13: append escapes to heap
cap_escaping.go:63:13: append escapes to heap
cap_escaping.go:72:12: append escapes to heap
cap_escaping.go:73:12: append escapes to heap
cap_escaping.go:80:12: append escapes to heap
cap_escaping.go:86:12: []int{} escapes to heap
cap_escaping.go:88:13: append escapes to heap
cap_escaping.go:95:25: []int{...} does not escape
cap_escaping.go:103:14: ... argument does not escape
cap_escaping.go:103:15: n escapes to heap
cap_escaping.go:103:21: cap(a) escapes to heap
cap_escaping.go:103:29: cap(b) escapes to heap
cap_escaping.go:103:37: cap(sink) escapes to heap
cap_escaping.go:103:48: cap(c) escapes to heap
cap_escaping.go:103:56: cap(d) escapes to heap
cap_escaping.go:103:64: cap(e) escapes to heap
cap_escaping.go:103:72: len(e) escapes to heap
cap_escaping.go:103:80: cap(f) escapes to heap
cap_escaping.go:103:86: f[0] escapes to heap
cap_escaping.go:105:13: ... argument does not escape
cap_escaping.go:105:17: cap(twoAppends()) escapes to heap
cap_escaping.go:105:36: cap(oneAppend()) escapes to heap
cap_escaping.go:105:61: twoAppends() escapes to heap
