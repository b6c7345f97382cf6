binary_tree.go:11:13: leaking param: t
binary_tree.go:13:10: &Tree{...} escapes to heap
binary_tree.go:26:11: leaking param: t
binary_tree.go:26:20: visit does not escape
binary_tree.go:35:13: t does not escape
binary_tree.go:50:18: t does not escape
binary_tree.go:49:31: []int{} escapes to heap
binary_tree.go:50:13: func literal does not escape
binary_tree.go:54:17: append escapes to heap
binary_tree.go:57:13: ... argument does not escape
binary_tree.go:57:14: n escapes to heap
binary_tree.go:57:17: total escapes to heap
binary_tree.go:57:30: height(root) escapes to heap
binary_tree.go:57:38: keys escapes to heap
