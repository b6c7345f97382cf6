defer_iface_method.go:9:7: leaking param: d
defer_iface_method.go:9:35: ... argument does not escape
defer_iface_method.go:9:37: d.name escapes to heap
defer_iface_method.go:9:44: "says woof" escapes to heap
defer_iface_method.go:13:7: leaking param content: c
defer_iface_method.go:13:36: ... argument does not escape
defer_iface_method.go:13:38: c.name escapes to heap
defer_iface_method.go:13:45: "says meow" escapes to heap
defer_iface_method.go:16:21: Dog{...} escapes to heap
defer_iface_method.go:18:7: &Cat{...} escapes to heap
defer_iface_method.go:22:9: Dog{...} escapes to heap
defer_iface_method.go:23:13: ... argument does not escape
defer_iface_method.go:23:14: "body" escapes to heap
