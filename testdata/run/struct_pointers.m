struct_pointers.go:15:11: c does not escape
struct_pointers.go:22:10: &Node{...} escapes to heap
struct_pointers.go:25:12: ... argument does not escape
struct_pointers.go:25:14: n.Val escapes to heap
struct_pointers.go:25:20: " " escapes to heap
struct_pointers.go:31:13: ... argument does not escape
struct_pointers.go:31:15: c.N escapes to heap
struct_pointers.go:31:19: c escapes to heap
struct_pointers.go:35:13: ... argument does not escape
struct_pointers.go:35:15: c.N escapes to heap
struct_pointers.go:35:20: c.Name escapes to heap
struct_pointers.go:35:29: pc.N escapes to heap
struct_pointers.go:38:13: ... argument does not escape
struct_pointers.go:38:15: c.N escapes to heap
struct_pointers.go:39:13: ... argument does not escape
struct_pointers.go:39:28: head.Next.Next.Val escapes to heap
struct_pointers.go:45:13: ... argument does not escape
struct_pointers.go:45:14: sum escapes to heap
