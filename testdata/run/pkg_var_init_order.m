pkg_var_init_order.go:12:8: leaking param: name
pkg_var_init_order.go:14:13: ... argument does not escape
pkg_var_init_order.go:14:14: "init" escapes to heap
pkg_var_init_order.go:14:22: name escapes to heap
pkg_var_init_order.go:14:28: "counter" escapes to heap
pkg_var_init_order.go:14:39: counter escapes to heap
pkg_var_init_order.go:19:13: ... argument does not escape
pkg_var_init_order.go:19:14: "total sees" escapes to heap
pkg_var_init_order.go:19:28: a escapes to heap
pkg_var_init_order.go:19:31: b escapes to heap
pkg_var_init_order.go:19:34: c escapes to heap
pkg_var_init_order.go:31:13: ... argument does not escape
pkg_var_init_order.go:31:14: a escapes to heap
pkg_var_init_order.go:31:17: b escapes to heap
pkg_var_init_order.go:31:20: c escapes to heap
pkg_var_init_order.go:31:23: d escapes to heap
pkg_var_init_order.go:31:26: counter escapes to heap
pkg_var_init_order.go:32:13: ... argument does not escape
pkg_var_init_order.go:32:14: x escapes to heap
pkg_var_init_order.go:32:17: y escapes to heap
pkg_var_init_order.go:32:20: z escapes to heap
