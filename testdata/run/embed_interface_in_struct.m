embed_interface_in_struct.go:27:9: devirtualizing w.Write to Upper
embed_interface_in_struct.go:12:22: leaking param: s
embed_interface_in_struct.go:12:45: ... argument does not escape
embed_interface_in_struct.go:12:46: "console:" escapes to heap
embed_interface_in_struct.go:12:58: s escapes to heap
embed_interface_in_struct.go:18:7: leaking param: u
embed_interface_in_struct.go:18:22: leaking param: s
embed_interface_in_struct.go:26:22: Upper{...} escapes to heap
embed_interface_in_struct.go:26:30: Console{} escapes to heap
embed_interface_in_struct.go:28:7: &Counting{...} does not escape
embed_interface_in_struct.go:31:13: ... argument does not escape
embed_interface_in_struct.go:31:15: c.n escapes to heap
