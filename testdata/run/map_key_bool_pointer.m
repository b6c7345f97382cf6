map_key_bool_pointer.go:8:22: map[bool]string{...} does not escape
map_key_bool_pointer.go:9:13: ... argument does not escape
map_key_bool_pointer.go:9:15: b[true] escapes to heap
map_key_bool_pointer.go:9:25: b[false] escapes to heap
map_key_bool_pointer.go:9:37: len(b) escapes to heap
map_key_bool_pointer.go:10:12: &Node{...} escapes to heap
map_key_bool_pointer.go:10:22: &Node{...} escapes to heap
map_key_bool_pointer.go:11:23: map[*Node]int{} does not escape
map_key_bool_pointer.go:15:13: ... argument does not escape
map_key_bool_pointer.go:15:17: len(seen) escapes to heap
map_key_bool_pointer.go:15:29: seen[n1] escapes to heap
map_key_bool_pointer.go:15:39: seen[n2] escapes to heap
map_key_bool_pointer.go:15:49: seen[&Node{...}] escapes to heap
map_key_bool_pointer.go:15:50: &Node{...} does not escape
map_key_bool_pointer.go:18:13: ... argument does not escape
map_key_bool_pointer.go:18:18: seen[nil] escapes to heap
map_key_bool_pointer.go:18:28: len(seen) escapes to heap
