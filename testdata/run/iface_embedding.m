iface_embedding.go:19:9: (*Buf).Read ignoring self-assignment in b.data = b.data[1:]
iface_embedding.go:14:7: leaking param: b to result ~r0 level=2
iface_embedding.go:23:7: leaking param content: b
iface_embedding.go:23:21: leaking param: s
iface_embedding.go:24:17: append escapes to heap
iface_embedding.go:28:10: leaking param: rw
iface_embedding.go:29:13: ... argument does not escape
iface_embedding.go:29:22: rw.Write("hello") escapes to heap
iface_embedding.go:29:41: rw.Write("go") escapes to heap
iface_embedding.go:31:13: ... argument does not escape
iface_embedding.go:31:20: r.Read() escapes to heap
iface_embedding.go:31:31: rw.Read() escapes to heap
iface_embedding.go:31:41: r.Read() escapes to heap
iface_embedding.go:35:6: &Buf{} escapes to heap
