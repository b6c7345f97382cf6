map_key_overwrite_float.go:18:11: leaking param content: m
map_key_overwrite_float.go:20:14: ... argument does not escape
map_key_overwrite_float.go:20:15: k escapes to heap
map_key_overwrite_float.go:20:30: math.Signbit(k) escapes to heap
map_key_overwrite_float.go:20:35: v escapes to heap
map_key_overwrite_float.go:27:25: map[float64]string{} does not escape
map_key_overwrite_float.go:34:13: ... argument does not escape
map_key_overwrite_float.go:34:17: len(m) escapes to heap
map_key_overwrite_float.go:34:23: m[0] escapes to heap
map_key_overwrite_float.go:34:29: m[negz] escapes to heap
map_key_overwrite_float.go:37:24: map[float64]int{...} does not escape
map_key_overwrite_float.go:40:14: ... argument does not escape
map_key_overwrite_float.go:40:15: "lit" escapes to heap
map_key_overwrite_float.go:40:22: k escapes to heap
map_key_overwrite_float.go:40:37: math.Signbit(k) escapes to heap
map_key_overwrite_float.go:40:42: v escapes to heap
map_key_overwrite_float.go:44:24: map[float32]int{} does not escape
map_key_overwrite_float.go:48:14: ... argument does not escape
map_key_overwrite_float.go:48:15: "f32" escapes to heap
map_key_overwrite_float.go:48:34: math.Signbit(float64(k)) escapes to heap
map_key_overwrite_float.go:48:48: v escapes to heap
map_key_overwrite_float.go:53:23: map[float64]int{} does not escape
map_key_overwrite_float.go:58:13: ... argument does not escape
map_key_overwrite_float.go:58:14: "nan" escapes to heap
map_key_overwrite_float.go:58:24: len(mn) escapes to heap
map_key_overwrite_float.go:58:30: ok escapes to heap
map_key_overwrite_float.go:60:13: ... argument does not escape
map_key_overwrite_float.go:60:14: "after delete nan" escapes to heap
map_key_overwrite_float.go:60:37: len(mn) escapes to heap
map_key_overwrite_float.go:67:13: ... argument does not escape
map_key_overwrite_float.go:67:14: "nan sum" escapes to heap
map_key_overwrite_float.go:67:25: sum escapes to heap
map_key_overwrite_float.go:69:13: ... argument does not escape
map_key_overwrite_float.go:69:14: "after clear" escapes to heap
map_key_overwrite_float.go:69:32: len(mn) escapes to heap
map_key_overwrite_float.go:72:20: map[P]string{} does not escape
map_key_overwrite_float.go:76:14: ... argument does not escape
map_key_overwrite_float.go:76:15: "struct" escapes to heap
map_key_overwrite_float.go:76:25: k escapes to heap
map_key_overwrite_float.go:76:40: math.Signbit(k.X) escapes to heap
map_key_overwrite_float.go:76:47: v escapes to heap
map_key_overwrite_float.go:78:17: map[Q]int{} does not escape
map_key_overwrite_float.go:82:14: ... argument does not escape
map_key_overwrite_float.go:82:15: "array" escapes to heap
map_key_overwrite_float.go:82:36: math.Signbit(float64(k.A[0])) escapes to heap
map_key_overwrite_float.go:82:56: k.S escapes to heap
map_key_overwrite_float.go:82:60: v escapes to heap
map_key_overwrite_float.go:86:22: map[any]string{} does not escape
map_key_overwrite_float.go:87:5: negz escapes to heap
map_key_overwrite_float.go:88:5: 0 escapes to heap
map_key_overwrite_float.go:89:5: 1 escapes to heap
map_key_overwrite_float.go:92:15: ... argument does not escape
map_key_overwrite_float.go:92:16: "iface" escapes to heap
map_key_overwrite_float.go:92:25: f escapes to heap
map_key_overwrite_float.go:92:40: math.Signbit(f) escapes to heap
map_key_overwrite_float.go:92:45: v escapes to heap
map_key_overwrite_float.go:95:13: ... argument does not escape
map_key_overwrite_float.go:95:17: len(mi) escapes to heap
map_key_overwrite_float.go:95:25: mi[1] escapes to heap
map_key_overwrite_float.go:95:26: 1 does not escape
map_key_overwrite_float.go:98:26: map[complex128]int{} does not escape
map_key_overwrite_float.go:102:14: ... argument does not escape
map_key_overwrite_float.go:102:15: "complex" escapes to heap
map_key_overwrite_float.go:102:38: math.Signbit(real(k)) escapes to heap
map_key_overwrite_float.go:102:61: math.Signbit(imag(k)) escapes to heap
map_key_overwrite_float.go:102:72: v escapes to heap
map_key_overwrite_float.go:106:23: map[float64]int{...} does not escape
map_key_overwrite_float.go:108:13: ... argument does not escape
map_key_overwrite_float.go:108:14: "deleted" escapes to heap
map_key_overwrite_float.go:108:28: len(md) escapes to heap
