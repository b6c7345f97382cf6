iface_basic_dispatch.go:18:12: leaking param content: shapes
iface_basic_dispatch.go:27:19: []Shape{...} does not escape
iface_basic_dispatch.go:27:24: Rect{...} escapes to heap
iface_basic_dispatch.go:27:38: Square{...} escapes to heap
iface_basic_dispatch.go:27:47: Rect{...} escapes to heap
iface_basic_dispatch.go:29:14: ... argument does not escape
iface_basic_dispatch.go:29:21: s.Name() escapes to heap
iface_basic_dispatch.go:29:31: s.Area() escapes to heap
iface_basic_dispatch.go:31:13: ... argument does not escape
iface_basic_dispatch.go:31:14: "total" escapes to heap
iface_basic_dispatch.go:31:28: total(shapes) escapes to heap
