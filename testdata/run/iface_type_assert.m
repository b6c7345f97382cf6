iface_type_assert.go:18:21: []Animal{...} does not escape
iface_type_assert.go:18:25: Dog{} escapes to heap
iface_type_assert.go:18:33: Fish{} escapes to heap
iface_type_assert.go:21:15: ... argument does not escape
iface_type_assert.go:21:16: "a Dog:" escapes to heap
iface_type_assert.go:21:33: Dog.Sound(d) escapes to heap
iface_type_assert.go:24:15: ... argument does not escape
iface_type_assert.go:24:16: "named:" escapes to heap
iface_type_assert.go:24:32: n.Name() escapes to heap
iface_type_assert.go:26:15: ... argument does not escape
iface_type_assert.go:26:16: "not named:" escapes to heap
iface_type_assert.go:26:37: a.Sound() escapes to heap
iface_type_assert.go:29:14: ... argument does not escape
iface_type_assert.go:29:15: "fish?" escapes to heap
iface_type_assert.go:29:24: isFish escapes to heap
iface_type_assert.go:31:14: 42 does not escape
iface_type_assert.go:34:12: ... argument does not escape
iface_type_assert.go:34:27: n escapes to heap
iface_type_assert.go:34:30: s escapes to heap
iface_type_assert.go:34:33: ok escapes to heap
