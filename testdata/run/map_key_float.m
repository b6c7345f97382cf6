map_key_float.go:9:25: map[float64]string{} does not escape
map_key_float.go:17:13: ... argument does not escape
map_key_float.go:17:17: len(m) escapes to heap
map_key_float.go:17:23: m[0] escapes to heap
map_key_float.go:17:29: m[1.5] escapes to heap
map_key_float.go:19:13: ... argument does not escape
map_key_float.go:19:14: "NaN lookup finds nothing:" escapes to heap
map_key_float.go:19:43: ok escapes to heap
map_key_float.go:26:13: ... argument does not escape
map_key_float.go:26:14: "NaN keys:" escapes to heap
map_key_float.go:26:27: nans escapes to heap
map_key_float.go:28:13: ... argument does not escape
map_key_float.go:28:17: len(m) escapes to heap
map_key_float.go:30:13: ... argument does not escape
map_key_float.go:30:17: len(m) escapes to heap
map_key_float.go:31:24: map[float32]int{...} does not escape
map_key_float.go:32:13: ... argument does not escape
map_key_float.go:32:17: f32[float32(0.1)] escapes to heap
map_key_float.go:32:27: f32[float32(0.1)] escapes to heap
