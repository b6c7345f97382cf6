iface_type_switch.go:7:15: leaking param: v
iface_type_switch.go:12:21: ... argument does not escape
iface_type_switch.go:14:27: "string of len " + fmt.Sprint(... argument...) escapes to heap
iface_type_switch.go:14:39: ... argument does not escape
iface_type_switch.go:14:43: len(x) escapes to heap
iface_type_switch.go:16:20: ... argument does not escape
iface_type_switch.go:16:21: "slice sum " escapes to heap
iface_type_switch.go:16:39: x[0] + x[len(x) - 1] escapes to heap
iface_type_switch.go:18:19: "error " + x.Error() escapes to heap
iface_type_switch.go:20:22: "stringer " + x.String() escapes to heap
iface_type_switch.go:22:21: ... argument does not escape
iface_type_switch.go:24:20: ... argument does not escape
iface_type_switch.go:24:21: "func returning " escapes to heap
iface_type_switch.go:24:41: x() escapes to heap
iface_type_switch.go:26:21: ... argument does not escape
iface_type_switch.go:31:15: []any{...} does not escape
iface_type_switch.go:31:21: 1 escapes to heap
iface_type_switch.go:31:29: int64(2) escapes to heap
iface_type_switch.go:31:34: "abc" escapes to heap
iface_type_switch.go:31:46: []int{...} escapes to heap
iface_type_switch.go:31:46: []int{...} escapes to heap
iface_type_switch.go:31:75: T{...} escapes to heap
iface_type_switch.go:31:80: &T{...} escapes to heap
iface_type_switch.go:32:3: func literal escapes to heap
iface_type_switch.go:32:28: 3.5 escapes to heap
iface_type_switch.go:32:37: int8(1) escapes to heap
iface_type_switch.go:32:50: struct {}{} escapes to heap
iface_type_switch.go:34:14: ... argument does not escape
iface_type_switch.go:34:23: describe(v) escapes to heap
