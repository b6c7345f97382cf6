range_assign_targets_order.go:10:12: []int{...} escapes to heap
range_assign_targets_order.go:12:27: []int{...} does not escape
range_assign_targets_order.go:15:13: ... argument does not escape
range_assign_targets_order.go:15:14: "slice:" escapes to heap
range_assign_targets_order.go:15:24: i escapes to heap
range_assign_targets_order.go:15:27: x escapes to heap
range_assign_targets_order.go:17:13: []rune{...} does not escape
range_assign_targets_order.go:22:13: ... argument does not escape
range_assign_targets_order.go:22:14: "string:" escapes to heap
range_assign_targets_order.go:22:25: i escapes to heap
range_assign_targets_order.go:22:34: string(r) escapes to heap
range_assign_targets_order.go:22:35: string(r) escapes to heap
range_assign_targets_order.go:29:13: ... argument does not escape
range_assign_targets_order.go:29:14: "array:" escapes to heap
range_assign_targets_order.go:29:24: i escapes to heap
range_assign_targets_order.go:29:27: a escapes to heap
range_assign_targets_order.go:31:18: []string{...} escapes to heap
range_assign_targets_order.go:33:21: map[string]int{...} does not escape
range_assign_targets_order.go:34:23: map[string]int{...} does not escape
range_assign_targets_order.go:35:15: []int{...} escapes to heap
range_assign_targets_order.go:38:13: ... argument does not escape
range_assign_targets_order.go:38:14: "map:" escapes to heap
range_assign_targets_order.go:38:22: k escapes to heap
range_assign_targets_order.go:38:25: vals escapes to heap
range_assign_targets_order.go:38:31: keys escapes to heap
range_assign_targets_order.go:40:7: &[2]int{...} does not escape
range_assign_targets_order.go:44:13: ... argument does not escape
range_assign_targets_order.go:44:14: "pointer to array:" escapes to heap
range_assign_targets_order.go:44:35: i escapes to heap
range_assign_targets_order.go:44:38: *p escapes to heap
