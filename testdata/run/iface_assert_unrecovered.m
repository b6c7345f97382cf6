iface_assert_unrecovered.go:14:21: devirtualizing sh.Area to Sq
iface_assert_unrecovered.go:13:19: Sq{...} does not escape
iface_assert_unrecovered.go:14:13: ... argument does not escape
iface_assert_unrecovered.go:14:21: Sq.Area(sh.(Sq)) escapes to heap
iface_assert_unrecovered.go:16:13: ... argument does not escape
iface_assert_unrecovered.go:16:14: c escapes to heap
