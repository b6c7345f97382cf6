iface_methodset_ptr.go:90:29: devirtualizing x.Val to T
iface_methodset_ptr.go:96:29: devirtualizing x.Val to *T
iface_methodset_ptr.go:9:47: ... argument does not escape
iface_methodset_ptr.go:9:48: "A" escapes to heap
iface_methodset_ptr.go:9:54: a.v escapes to heap
iface_methodset_ptr.go:31:7: r does not escape
iface_methodset_ptr.go:31:48: r.name + " walks" escapes to heap
iface_methodset_ptr.go:32:7: r does not escape
iface_methodset_ptr.go:32:50: "robot " + r.name escapes to heap
iface_methodset_ptr.go:51:12: leaking param: name
iface_methodset_ptr.go:51:25: leaking param: v
iface_methodset_ptr.go:57:13: ... argument does not escape
iface_methodset_ptr.go:57:14: name escapes to heap
iface_methodset_ptr.go:57:20: "Val" escapes to heap
iface_methodset_ptr.go:57:27: val escapes to heap
iface_methodset_ptr.go:57:32: "Ptr" escapes to heap
iface_methodset_ptr.go:57:39: ptr escapes to heap
iface_methodset_ptr.go:57:44: "Both" escapes to heap
iface_methodset_ptr.go:57:52: both escapes to heap
iface_methodset_ptr.go:57:58: "Stringer" escapes to heap
iface_methodset_ptr.go:57:70: s escapes to heap
iface_methodset_ptr.go:57:73: "Walk" escapes to heap
iface_methodset_ptr.go:57:81: w escapes to heap
iface_methodset_ptr.go:59:14: ... argument does not escape
iface_methodset_ptr.go:59:15: "  " escapes to heap
iface_methodset_ptr.go:59:26: b.Val() escapes to heap
iface_methodset_ptr.go:59:35: b.Ptr() escapes to heap
iface_methodset_ptr.go:62:14: ... argument does not escape
iface_methodset_ptr.go:62:15: "  " escapes to heap
iface_methodset_ptr.go:62:27: x.Walk() escapes to heap
iface_methodset_ptr.go:67:14: A{...} escapes to heap
iface_methodset_ptr.go:68:14: &A{...} escapes to heap
iface_methodset_ptr.go:69:14: T{...} escapes to heap
iface_methodset_ptr.go:70:14: &T{...} escapes to heap
iface_methodset_ptr.go:71:15: &A{...} escapes to heap
iface_methodset_ptr.go:72:14: &P{...} escapes to heap
iface_methodset_ptr.go:72:17: &A{...} escapes to heap
iface_methodset_ptr.go:73:14: V{...} escapes to heap
iface_methodset_ptr.go:74:14: &V{...} escapes to heap
iface_methodset_ptr.go:75:14: W{...} escapes to heap
iface_methodset_ptr.go:75:20: robot{...} escapes to heap
iface_methodset_ptr.go:76:14: &W{...} escapes to heap
iface_methodset_ptr.go:76:22: robot{...} escapes to heap
iface_methodset_ptr.go:77:16: W2{...} escapes to heap
iface_methodset_ptr.go:77:22: robot{...} escapes to heap
iface_methodset_ptr.go:79:13: ... argument does not escape
iface_methodset_ptr.go:79:15: A{...} escapes to heap
iface_methodset_ptr.go:79:20: &A{...} escapes to heap
iface_methodset_ptr.go:80:13: ... argument does not escape
iface_methodset_ptr.go:80:15: T{...} escapes to heap
iface_methodset_ptr.go:80:23: &T{...} escapes to heap
iface_methodset_ptr.go:81:13: ... argument does not escape
iface_methodset_ptr.go:81:16: &A{...} escapes to heap
iface_methodset_ptr.go:81:25: V{...} escapes to heap
iface_methodset_ptr.go:81:33: &V{...} escapes to heap
iface_methodset_ptr.go:82:13: ... argument does not escape
iface_methodset_ptr.go:82:15: W{...} escapes to heap
iface_methodset_ptr.go:82:21: robot{...} escapes to heap
iface_methodset_ptr.go:82:33: &W{...} escapes to heap
iface_methodset_ptr.go:82:41: robot{...} escapes to heap
iface_methodset_ptr.go:82:56: W2{...} escapes to heap
iface_methodset_ptr.go:82:62: robot{...} escapes to heap
iface_methodset_ptr.go:83:12: ... argument does not escape
iface_methodset_ptr.go:83:29: T{...} escapes to heap
iface_methodset_ptr.go:83:39: T{...} escapes to heap
iface_methodset_ptr.go:83:49: T{...} escapes to heap
iface_methodset_ptr.go:85:13: ... argument does not escape
iface_methodset_ptr.go:85:26: nilw.Walker == nil escapes to heap
iface_methodset_ptr.go:86:19: any(T{...}) escapes to heap
iface_methodset_ptr.go:88:14: ... argument does not escape
iface_methodset_ptr.go:88:15: "Stringer" escapes to heap
iface_methodset_ptr.go:90:14: ... argument does not escape
iface_methodset_ptr.go:90:15: "Valer" escapes to heap
iface_methodset_ptr.go:90:29: A.Val(x.(T).A) escapes to heap
iface_methodset_ptr.go:92:18: &T{...} escapes to heap
iface_methodset_ptr.go:94:14: ... argument does not escape
iface_methodset_ptr.go:94:15: "Stringer" escapes to heap
iface_methodset_ptr.go:96:14: ... argument does not escape
iface_methodset_ptr.go:96:15: "Valer" escapes to heap
iface_methodset_ptr.go:96:29: A.Val(x.(*T).A) escapes to heap
