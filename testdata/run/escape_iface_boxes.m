escape_iface_boxes.go:17:20: map[int]any{} escapes to heap
escape_iface_boxes.go:12:50: ... argument does not escape
escape_iface_boxes.go:12:51: "err" escapes to heap
escape_iface_boxes.go:12:64: e.code[0] escapes to heap
escape_iface_boxes.go:23:12: make([]byte, 64 + i % 300) escapes to heap
escape_iface_boxes.go:28:17: append does not escape
escape_iface_boxes.go:36:19: []int{...} escapes to heap
escape_iface_boxes.go:36:19: []int{...} escapes to heap
escape_iface_boxes.go:44:6: p escapes to heap
escape_iface_boxes.go:45:18: append escapes to heap
escape_iface_boxes.go:49:36: [3]int{...} escapes to heap
escape_iface_boxes.go:54:9: e escapes to heap
escape_iface_boxes.go:60:12: []any{...} escapes to heap
escape_iface_boxes.go:60:13: p escapes to heap
escape_iface_boxes.go:60:22: [2]int{...} escapes to heap
escape_iface_boxes.go:60:40: fmt.Sprint(... argument...) escapes to heap
escape_iface_boxes.go:60:40: ... argument does not escape
escape_iface_boxes.go:60:41: v escapes to heap
escape_iface_boxes.go:68:19: pair{...} escapes to heap
escape_iface_boxes.go:70:11: "bad" escapes to heap
escape_iface_boxes.go:79:13: pair{...} escapes to heap
escape_iface_boxes.go:84:18: pair{...} does not escape
escape_iface_boxes.go:86:12: [2]int{...} does not escape
escape_iface_boxes.go:87:14: any(v) does not escape
escape_iface_boxes.go:87:26: any(pair{...}) does not escape
escape_iface_boxes.go:93:18: any(pair{...}) escapes to heap
escape_iface_boxes.go:93:37: any([2]int{...}) escapes to heap
escape_iface_boxes.go:99:7: &struct { x any }{} escapes to heap
escape_iface_boxes.go:100:12: pair{...} escapes to heap
escape_iface_boxes.go:120:13: ... argument does not escape
escape_iface_boxes.go:120:22: globals escapes to heap
escape_iface_boxes.go:120:43: se escapes to heap
escape_iface_boxes.go:120:54: lo escapes to heap
