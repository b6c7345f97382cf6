panic_index_out_of_range.go:5:10: s does not escape
panic_index_out_of_range.go:10:12: []int{...} does not escape
panic_index_out_of_range.go:11:13: ... argument does not escape
panic_index_out_of_range.go:11:17: get(s, 2) escapes to heap
panic_index_out_of_range.go:12:13: ... argument does not escape
panic_index_out_of_range.go:12:17: get(s, 5) escapes to heap
panic_index_out_of_range.go:13:13: ... argument does not escape
panic_index_out_of_range.go:13:14: "unreachable" escapes to heap
