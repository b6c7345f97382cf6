init_order_const_dep.go:26:13: "b" + v2 escapes to heap
