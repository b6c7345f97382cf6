iface_any_boxing.go:8:15: []any{...} does not escape
iface_any_boxing.go:9:7: int8(-8) escapes to heap
iface_any_boxing.go:9:18: int16(16) escapes to heap
iface_any_boxing.go:9:29: int32(32) escapes to heap
iface_any_boxing.go:9:40: int64(64) escapes to heap
iface_any_boxing.go:9:50: uint(1) escapes to heap
iface_any_boxing.go:9:60: uint8(255) escapes to heap
iface_any_boxing.go:9:73: uint16(65535) escapes to heap
iface_any_boxing.go:10:9: uint32(2147483648) escapes to heap
iface_any_boxing.go:10:26: uint64(9223372036854775808) escapes to heap
iface_any_boxing.go:10:44: uintptr(9) escapes to heap
iface_any_boxing.go:10:49: 1.5 escapes to heap
iface_any_boxing.go:10:61: float32(2.25) escapes to heap
iface_any_boxing.go:10:69: "str" escapes to heap
iface_any_boxing.go:11:3: true escapes to heap
iface_any_boxing.go:11:9: 'x' escapes to heap
iface_any_boxing.go:11:18: byte(121) escapes to heap
iface_any_boxing.go:11:32: (1 + 2i) escapes to heap
iface_any_boxing.go:11:42: Pt{...} escapes to heap
iface_any_boxing.go:11:50: &Pt{...} escapes to heap
iface_any_boxing.go:11:69: []string{...} escapes to heap
iface_any_boxing.go:11:69: []string{...} escapes to heap
iface_any_boxing.go:12:10: [2]bool{...} escapes to heap
iface_any_boxing.go:12:39: map[string]int{...} escapes to heap
iface_any_boxing.go:12:62: struct {}{} escapes to heap
iface_any_boxing.go:15:13: ... argument does not escape
