iface_type_switch_nil_default.go:10:11: i does not escape
iface_type_switch_nil_default.go:22:13: ... argument does not escape
iface_type_switch_nil_default.go:22:18: kind(i) escapes to heap
iface_type_switch_nil_default.go:25:13: ... argument does not escape
iface_type_switch_nil_default.go:25:18: kind(i) escapes to heap
iface_type_switch_nil_default.go:25:25: i == nil escapes to heap
iface_type_switch_nil_default.go:25:35: a == nil escapes to heap
iface_type_switch_nil_default.go:26:6: &A{} does not escape
iface_type_switch_nil_default.go:27:13: ... argument does not escape
iface_type_switch_nil_default.go:27:18: kind(i) escapes to heap
iface_type_switch_nil_default.go:31:14: ... argument does not escape
iface_type_switch_nil_default.go:31:15: "default for nil without a nil case" escapes to heap
iface_type_switch_nil_default.go:33:14: ... argument does not escape
iface_type_switch_nil_default.go:33:15: "int" escapes to heap
