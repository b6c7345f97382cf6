iface_embedded_struct_satisfies.go:9:7: b does not escape
iface_embedded_struct_satisfies.go:9:46: "base:" + b.name escapes to heap
iface_embedded_struct_satisfies.go:26:20: User{...} escapes to heap
iface_embedded_struct_satisfies.go:27:13: ... argument does not escape
iface_embedded_struct_satisfies.go:27:20: n.Name() escapes to heap
iface_embedded_struct_satisfies.go:28:6: &User{...} escapes to heap
iface_embedded_struct_satisfies.go:29:13: ... argument does not escape
iface_embedded_struct_satisfies.go:29:20: n.Name() escapes to heap
iface_embedded_struct_satisfies.go:30:11: Admin{...} escapes to heap
iface_embedded_struct_satisfies.go:30:12: &PBase{} escapes to heap
iface_embedded_struct_satisfies.go:31:13: ... argument does not escape
iface_embedded_struct_satisfies.go:31:20: n.Name() escapes to heap
