map_key_struct_array.go:13:26: map[Point]string{...} escapes to heap
map_key_struct_array.go:15:13: ... argument does not escape
map_key_struct_array.go:15:18: grid[Point{...}] escapes to heap
map_key_struct_array.go:15:37: grid[Point{...}] escapes to heap
map_key_struct_array.go:15:55: len(grid) escapes to heap
map_key_struct_array.go:16:18: map[Key]int{} does not escape
map_key_struct_array.go:20:13: ... argument does not escape
map_key_struct_array.go:20:17: len(k) escapes to heap
map_key_struct_array.go:20:23: k[Key{...}] escapes to heap
map_key_struct_array.go:21:26: map[[3]int]string{...} does not escape
map_key_struct_array.go:23:13: ... argument does not escape
map_key_struct_array.go:23:17: arr[[3]int{...}] escapes to heap
map_key_struct_array.go:23:39: arr[[3]int{...}] escapes to heap
map_key_struct_array.go:23:61: len(arr) escapes to heap
map_key_struct_array.go:24:28: map[[2]string]bool{...} does not escape
map_key_struct_array.go:25:13: ... argument does not escape
map_key_struct_array.go:25:18: strs[[2]string{...}] escapes to heap
map_key_struct_array.go:25:45: strs[[2]string{...}] escapes to heap
