map_key_int_kinds.go:6:19: map[int8]int{...} escapes to heap
map_key_int_kinds.go:7:24: map[uint16]string{...} escapes to heap
map_key_int_kinds.go:8:21: map[int64]bool{...} does not escape
map_key_int_kinds.go:9:21: map[uint64]int{...} does not escape
map_key_int_kinds.go:10:19: map[rune]int{...} escapes to heap
map_key_int_kinds.go:11:22: map[uintptr]int{...} does not escape
map_key_int_kinds.go:12:13: ... argument does not escape
map_key_int_kinds.go:12:15: a[int8(-128)] escapes to heap
map_key_int_kinds.go:12:24: a[int8(127)] escapes to heap
map_key_int_kinds.go:12:32: a[int8(0)] escapes to heap
map_key_int_kinds.go:12:40: len(a) escapes to heap
map_key_int_kinds.go:13:13: ... argument does not escape
map_key_int_kinds.go:13:15: b[uint16(65535)] escapes to heap
map_key_int_kinds.go:13:25: b[uint16(0)] escapes to heap
map_key_int_kinds.go:13:33: len(b) escapes to heap
map_key_int_kinds.go:14:13: ... argument does not escape
map_key_int_kinds.go:14:15: c[int64(-9223372036854775808)] escapes to heap
map_key_int_kinds.go:14:26: c[int64(0)] escapes to heap
map_key_int_kinds.go:15:13: ... argument does not escape
map_key_int_kinds.go:15:15: d[uint64(18446744073709551615)] escapes to heap
map_key_int_kinds.go:15:27: f[uintptr(1)] escapes to heap
map_key_int_kinds.go:16:13: ... argument does not escape
map_key_int_kinds.go:16:15: e['é'] escapes to heap
map_key_int_kinds.go:16:24: e['z'] escapes to heap
map_key_int_kinds.go:17:13: ... argument does not escape
