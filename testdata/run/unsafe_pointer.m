unsafe_pointer.go:21:2: moved to heap: arr
unsafe_pointer.go:25:12: ... argument does not escape
unsafe_pointer.go:25:13: *q escapes to heap
unsafe_pointer.go:25:17: " " escapes to heap
unsafe_pointer.go:29:13: ... argument does not escape
unsafe_pointer.go:29:14: "back two:" escapes to heap
unsafe_pointer.go:29:27: *last escapes to heap
unsafe_pointer.go:32:13: ... argument does not escape
unsafe_pointer.go:32:14: "typed lengths:" escapes to heap
unsafe_pointer.go:32:32: *(*int64)(unsafe.Add(p, int(n8) * 8)) escapes to heap
unsafe_pointer.go:32:69: *(*int64)(unsafe.Add(p, u16 * uint16(8))) escapes to heap
unsafe_pointer.go:35:8: &Point{...} does not escape
unsafe_pointer.go:39:13: ... argument does not escape
unsafe_pointer.go:39:16: pt.X escapes to heap
unsafe_pointer.go:39:22: pt.Y escapes to heap
unsafe_pointer.go:39:26: *ptag escapes to heap
unsafe_pointer.go:44:12: ... argument does not escape
unsafe_pointer.go:44:22: bits escapes to heap
unsafe_pointer.go:47:13: ... argument does not escape
unsafe_pointer.go:47:15: b[0] escapes to heap
unsafe_pointer.go:47:21: b[1] escapes to heap
unsafe_pointer.go:47:27: b[2] escapes to heap
unsafe_pointer.go:47:33: b[3] escapes to heap
unsafe_pointer.go:50:12: []int{...} escapes to heap
unsafe_pointer.go:52:13: ... argument does not escape
unsafe_pointer.go:52:15: h.Len escapes to heap
unsafe_pointer.go:52:22: h.Cap escapes to heap
unsafe_pointer.go:52:28: *(*int)(h.Data) escapes to heap
unsafe_pointer.go:54:13: ... argument does not escape
unsafe_pointer.go:54:14: s escapes to heap
unsafe_pointer.go:54:20: len(s) escapes to heap
unsafe_pointer.go:58:13: ... argument does not escape
unsafe_pointer.go:58:17: np == nil escapes to heap
unsafe_pointer.go:58:27: p == nil escapes to heap
unsafe_pointer.go:58:37: p == unsafe.Pointer(&arr[0]) escapes to heap
unsafe_pointer.go:58:67: p != unsafe.Pointer(&arr[1]) escapes to heap
unsafe_pointer.go:59:32: map[unsafe.Pointer]string{} does not escape
unsafe_pointer.go:63:13: ... argument does not escape
unsafe_pointer.go:63:17: len(m) escapes to heap
unsafe_pointer.go:63:23: m[p] escapes to heap
unsafe_pointer.go:63:29: m[unsafe.Add(p, 8)] escapes to heap
unsafe_pointer.go:63:50: m[nil] escapes to heap
unsafe_pointer.go:66:13: ... argument does not escape
unsafe_pointer.go:66:14: ok escapes to heap
unsafe_pointer.go:66:20: e == any(p) escapes to heap
unsafe_pointer.go:67:12: ... argument does not escape
unsafe_pointer.go:67:37: e == nil escapes to heap
unsafe_pointer.go:69:13: ... argument does not escape
unsafe_pointer.go:69:21: uintptr(np) escapes to heap
unsafe_pointer.go:69:38: uintptr(q) == uintptr(12345) escapes to heap
unsafe_pointer.go:70:12: ... argument does not escape
unsafe_pointer.go:70:67: uintptr(q) + uintptr(1) escapes to heap
unsafe_pointer.go:71:12: ... argument does not escape
unsafe_pointer.go:72:13: ... argument does not escape
unsafe_pointer.go:78:19: map[key]int{...} does not escape
unsafe_pointer.go:79:13: ... argument does not escape
unsafe_pointer.go:79:16: mk[key{...}] escapes to heap
unsafe_pointer.go:79:31: mk[key{...}] escapes to heap
unsafe_pointer.go:79:48: mk[key{...}] escapes to heap
unsafe_pointer.go:82:13: ... argument does not escape
unsafe_pointer.go:82:14: *(*int64)(unsafe.Pointer(addr + uintptr(16))) escapes to heap
unsafe_pointer.go:85:13: ... argument does not escape
unsafe_pointer.go:85:14: *mp escapes to heap
unsafe_pointer.go:87:13: ... argument does not escape
unsafe_pointer.go:87:14: *(*pp) escapes to heap
