iface_typed_nil.go:12:7: &MyErr{} escapes to heap
iface_typed_nil.go:19:10: &MyErr{} escapes to heap
iface_typed_nil.go:25:13: ... argument does not escape
iface_typed_nil.go:25:29: mayFail(false) == nil escapes to heap
iface_typed_nil.go:25:51: mayFail(true) == nil escapes to heap
iface_typed_nil.go:26:13: ... argument does not escape
iface_typed_nil.go:26:29: correct(false) == nil escapes to heap
iface_typed_nil.go:26:51: correct(true) == nil escapes to heap
iface_typed_nil.go:28:12: ... argument does not escape
iface_typed_nil.go:28:33: err == (*MyErr)(nil) escapes to heap
