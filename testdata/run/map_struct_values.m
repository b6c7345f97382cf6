map_struct_values.go:11:26: map[string]Acct{...} escapes to heap
map_struct_values.go:14:13: ... argument does not escape
map_struct_values.go:14:24: byVal["a"].Balance escapes to heap
map_struct_values.go:14:38: acct.Balance escapes to heap
map_struct_values.go:16:13: ... argument does not escape
map_struct_values.go:16:19: byVal["a"] escapes to heap
map_struct_values.go:17:27: map[string]*Acct{...} does not escape
map_struct_values.go:17:33: &Acct{...} escapes to heap
map_struct_values.go:19:13: ... argument does not escape
map_struct_values.go:19:14: *byPtr["b"] escapes to heap
map_struct_values.go:20:12: ... argument does not escape
