map_range_random_order.go:9:19: map[int]bool{} does not escape
map_range_random_order.go:16:22: map[int]int{} does not escape
map_range_random_order.go:20:23: ... argument does not escape
map_range_random_order.go:20:24: k escapes to heap
map_range_random_order.go:20:27: "," escapes to heap
map_range_random_order.go:27:15: ... argument does not escape
map_range_random_order.go:27:16: "bad iteration" escapes to heap
map_range_random_order.go:35:13: ... argument does not escape
map_range_random_order.go:35:14: "orders differ:" escapes to heap
map_range_random_order.go:35:32: differ escapes to heap
