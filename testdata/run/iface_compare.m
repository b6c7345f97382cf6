iface_compare.go:9:17: 1 does not escape
iface_compare.go:9:20: 1 does not escape
iface_compare.go:10:13: ... argument does not escape
iface_compare.go:10:16: a == b escapes to heap
iface_compare.go:10:24: a != b escapes to heap
iface_compare.go:11:9: 1 does not escape
iface_compare.go:11:17: int64(1) does not escape
iface_compare.go:12:13: ... argument does not escape
iface_compare.go:12:14: "different dynamic types:" escapes to heap
iface_compare.go:12:44: a == b escapes to heap
iface_compare.go:13:10: P{...} does not escape
iface_compare.go:13:19: P{...} does not escape
iface_compare.go:14:13: ... argument does not escape
iface_compare.go:14:14: "structs:" escapes to heap
iface_compare.go:14:28: a == b escapes to heap
iface_compare.go:15:10: P{...} does not escape
iface_compare.go:15:19: Q{...} does not escape
iface_compare.go:16:13: ... argument does not escape
iface_compare.go:16:14: "struct types differ:" escapes to heap
iface_compare.go:16:40: a == b escapes to heap
iface_compare.go:17:9: "x" does not escape
iface_compare.go:17:14: "x" does not escape
iface_compare.go:18:13: ... argument does not escape
iface_compare.go:18:14: "strings:" escapes to heap
iface_compare.go:18:28: a == b escapes to heap
iface_compare.go:20:13: ... argument does not escape
iface_compare.go:20:14: "nil errors:" escapes to heap
iface_compare.go:20:32: e1 == e2 escapes to heap
iface_compare.go:20:42: e1 == nil escapes to heap
iface_compare.go:21:7: &P{} does not escape
iface_compare.go:23:13: ... argument does not escape
iface_compare.go:23:14: "same pointer:" escapes to heap
iface_compare.go:23:33: a == b escapes to heap
iface_compare.go:23:41: a == any(&P{}) escapes to heap
iface_compare.go:23:48: &P{} does not escape
iface_compare.go:24:12: [2]int{...} does not escape
iface_compare.go:25:13: ... argument does not escape
iface_compare.go:25:14: "array vs value:" escapes to heap
iface_compare.go:25:35: a == [2]int{...} escapes to heap
iface_compare.go:25:44: [2]int{...} does not escape
iface_compare.go:26:13: ... argument does not escape
iface_compare.go:26:14: "iface vs concrete:" escapes to heap
iface_compare.go:26:38: a == any(3) escapes to heap
iface_compare.go:26:45: any(3) does not escape
iface_compare.go:26:56: any(3) == 3 escapes to heap
iface_compare.go:26:53: any(3) does not escape
iface_compare.go:26:59: 3 does not escape
