iface_method_on_named_types.go:27:22: devirtualizing ap.Apply to Fn
iface_method_on_named_types.go:10:7: leaking param: w to result ~r0 level=1
iface_method_on_named_types.go:11:7: w does not escape
iface_method_on_named_types.go:15:7: f does not escape
iface_method_on_named_types.go:21:7: c does not escape
iface_method_on_named_types.go:21:22: leaking param: k
iface_method_on_named_types.go:24:28: Words{...} escapes to heap
iface_method_on_named_types.go:24:28: Words{...} escapes to heap
iface_method_on_named_types.go:25:13: ... argument does not escape
iface_method_on_named_types.go:25:30: Words.Len(s.(Words)) escapes to heap
iface_method_on_named_types.go:26:22: func literal does not escape
iface_method_on_named_types.go:27:13: ... argument does not escape
iface_method_on_named_types.go:27:22: Fn.Apply(ap.(Fn), 7) escapes to heap
iface_method_on_named_types.go:28:14: Counter{} does not escape
iface_method_on_named_types.go:31:13: ... argument does not escape
iface_method_on_named_types.go:31:15: c["x"] escapes to heap
