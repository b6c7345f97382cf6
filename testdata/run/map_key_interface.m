map_key_interface.go:8:21: map[any]string{} does not escape
map_key_interface.go:9:4: 1 escapes to heap
map_key_interface.go:10:9: int64(1) escapes to heap
map_key_interface.go:11:4: "1" escapes to heap
map_key_interface.go:12:4: 1 escapes to heap
map_key_interface.go:13:5: P{...} escapes to heap
map_key_interface.go:14:4: true escapes to heap
map_key_interface.go:16:10: [2]int{...} escapes to heap
map_key_interface.go:17:13: ... argument does not escape
map_key_interface.go:17:17: len(m) escapes to heap
map_key_interface.go:18:13: ... argument does not escape
map_key_interface.go:18:15: m[1] escapes to heap
map_key_interface.go:18:16: 1 does not escape
map_key_interface.go:18:20: "|" escapes to heap
map_key_interface.go:18:26: m[int64(1)] escapes to heap
map_key_interface.go:18:32: int64(1) does not escape
map_key_interface.go:18:38: "|" escapes to heap
map_key_interface.go:18:44: m["1"] escapes to heap
map_key_interface.go:18:45: "1" does not escape
map_key_interface.go:18:51: "|" escapes to heap
map_key_interface.go:18:57: m[1] escapes to heap
map_key_interface.go:18:58: 1 does not escape
map_key_interface.go:18:64: "|" escapes to heap
map_key_interface.go:18:70: m[P{...}] escapes to heap
map_key_interface.go:18:72: P{...} does not escape
map_key_interface.go:18:78: "|" escapes to heap
map_key_interface.go:18:84: m[true] escapes to heap
map_key_interface.go:18:85: true does not escape
map_key_interface.go:18:92: "|" escapes to heap
map_key_interface.go:18:98: m[nil] escapes to heap
map_key_interface.go:18:105: "|" escapes to heap
map_key_interface.go:18:111: m[[2]int{...}] escapes to heap
map_key_interface.go:18:118: [2]int{...} does not escape
map_key_interface.go:19:18: int32(1) does not escape
map_key_interface.go:20:13: ... argument does not escape
map_key_interface.go:20:14: ok escapes to heap
map_key_interface.go:23:13: ... argument does not escape
map_key_interface.go:23:15: m[nil] escapes to heap
map_key_interface.go:23:25: len(m) escapes to heap
