iface_nil_method_call.go:9:13: ... argument does not escape
iface_nil_method_call.go:9:14: "calling a method on a nil interface" escapes to heap
