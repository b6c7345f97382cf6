iface_method_sets.go:21:8: devirtualizing gs.Set to *Box
iface_method_sets.go:22:19: devirtualizing g.Get to Box
iface_method_sets.go:22:29: devirtualizing gs.Get to *Box
iface_method_sets.go:25:20: devirtualizing g2.Get to *Box
iface_method_sets.go:25:29: devirtualizing g.Get to Box
iface_method_sets.go:15:7: b does not escape
iface_method_sets.go:19:17: b does not escape
iface_method_sets.go:22:13: ... argument does not escape
iface_method_sets.go:22:19: Box.Get(g.(Box)) escapes to heap
iface_method_sets.go:22:29: Box.Get(gs.(*Box)) escapes to heap
iface_method_sets.go:22:34: b.v escapes to heap
iface_method_sets.go:25:13: ... argument does not escape
iface_method_sets.go:25:20: Box.Get(g2.(*Box)) escapes to heap
iface_method_sets.go:25:29: Box.Get(g.(Box)) escapes to heap
iface_method_sets.go:28:13: ... argument does not escape
iface_method_sets.go:28:14: ok escapes to heap
iface_method_sets.go:28:18: ok2 escapes to heap
