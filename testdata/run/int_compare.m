int_compare.go:8:13: ... argument does not escape
int_compare.go:8:16: a < b escapes to heap
int_compare.go:8:23: a > b escapes to heap
int_compare.go:8:30: a <= int8(-128) escapes to heap
int_compare.go:8:41: b >= int8(127) escapes to heap
int_compare.go:8:51: a == int8(-128) escapes to heap
int_compare.go:10:13: ... argument does not escape
int_compare.go:10:16: c < d escapes to heap
int_compare.go:10:23: c > d escapes to heap
int_compare.go:10:30: c >= uint8(255) escapes to heap
int_compare.go:10:40: d <= uint8(0) escapes to heap
int_compare.go:12:13: ... argument does not escape
int_compare.go:12:16: e < f escapes to heap
int_compare.go:12:31: uint64(e) < uint64(f) escapes to heap
int_compare.go:14:13: ... argument does not escape
int_compare.go:14:16: g > h escapes to heap
int_compare.go:14:30: int32(g) > int32(h) escapes to heap
int_compare.go:16:13: ... argument does not escape
int_compare.go:16:16: i < j escapes to heap
int_compare.go:16:25: i - 1 > j escapes to heap
int_compare.go:16:34: j + 1 < i escapes to heap
int_compare.go:18:13: ... argument does not escape
int_compare.go:18:18: k - uint(1) > k escapes to heap
int_compare.go:18:25: k < k + uint(1) escapes to heap
int_compare.go:19:17: []int16{...} does not escape
int_compare.go:23:14: ... argument does not escape
int_compare.go:23:15: "<" escapes to heap
int_compare.go:25:14: ... argument does not escape
int_compare.go:25:15: "=" escapes to heap
int_compare.go:27:14: ... argument does not escape
int_compare.go:27:15: ">" escapes to heap
