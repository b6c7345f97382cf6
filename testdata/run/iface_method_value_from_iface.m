iface_method_value_from_iface.go:10:22: n does not escape
iface_method_value_from_iface.go:10:58: "Hello, " + n escapes to heap
iface_method_value_from_iface.go:11:23: n does not escape
iface_method_value_from_iface.go:13:22: "Bonjour, " + n escapes to heap
iface_method_value_from_iface.go:15:19: "Salut, " + n escapes to heap
iface_method_value_from_iface.go:19:24: French{...} escapes to heap
iface_method_value_from_iface.go:20:12: g.Greet does not escape
iface_method_value_from_iface.go:21:13: English{} escapes to heap
iface_method_value_from_iface.go:22:13: ... argument does not escape
iface_method_value_from_iface.go:22:19: greet("Ana") escapes to heap
iface_method_value_from_iface.go:22:28: "/" escapes to heap
iface_method_value_from_iface.go:22:40: g.Greet("Ana") escapes to heap
iface_method_value_from_iface.go:23:29: []func(string) string{...} does not escape
iface_method_value_from_iface.go:23:39: English{}.Greet does not escape
iface_method_value_from_iface.go:23:55: French{}.Greet does not escape
iface_method_value_from_iface.go:25:14: ... argument does not escape
iface_method_value_from_iface.go:25:16: f("Bo") escapes to heap
iface_method_value_from_iface.go:28:13: ... argument does not escape
iface_method_value_from_iface.go:28:21: viaExpr(French{...}, "Cy") escapes to heap
iface_method_value_from_iface.go:28:28: French{...} escapes to heap
