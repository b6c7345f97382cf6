iface_gobyexample_geometry.go:22:53: ... argument does not escape
iface_gobyexample_geometry.go:22:71: c.radius escapes to heap
iface_gobyexample_geometry.go:24:14: leaking param: g
iface_gobyexample_geometry.go:25:13: ... argument does not escape
iface_gobyexample_geometry.go:26:12: ... argument does not escape
iface_gobyexample_geometry.go:26:34: g.area() escapes to heap
iface_gobyexample_geometry.go:26:45: g.perim() escapes to heap
iface_gobyexample_geometry.go:29:19: g does not escape
iface_gobyexample_geometry.go:31:14: ... argument does not escape
iface_gobyexample_geometry.go:31:15: "circle with radius" escapes to heap
iface_gobyexample_geometry.go:31:38: c.radius escapes to heap
iface_gobyexample_geometry.go:36:22: []geometry{...} escapes to heap
iface_gobyexample_geometry.go:36:27: rect{...} escapes to heap
iface_gobyexample_geometry.go:36:41: circle{...} escapes to heap
iface_gobyexample_geometry.go:36:50: rect{...} escapes to heap
iface_gobyexample_geometry.go:36:64: circle{...} escapes to heap
iface_gobyexample_geometry.go:41:13: shapes escapes to heap
iface_gobyexample_geometry.go:41:21: func literal does not escape
iface_gobyexample_geometry.go:42:15: make([]string, 4) does not escape
iface_gobyexample_geometry.go:44:25: ... argument does not escape
iface_gobyexample_geometry.go:46:13: ... argument does not escape
iface_gobyexample_geometry.go:46:26: strings.Join(names, " < ") escapes to heap
