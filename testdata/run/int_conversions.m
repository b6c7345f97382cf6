int_conversions.go:7:13: ... argument does not escape
int_conversions.go:7:19: int32(big) escapes to heap
int_conversions.go:7:31: int16(big) escapes to heap
int_conversions.go:7:42: int8(big) escapes to heap
int_conversions.go:7:54: uint8(big) escapes to heap
int_conversions.go:7:67: uint32(big) escapes to heap
int_conversions.go:9:13: ... argument does not escape
int_conversions.go:9:20: uint32(neg) escapes to heap
int_conversions.go:9:33: uint64(neg) escapes to heap
int_conversions.go:9:45: uint8(neg) escapes to heap
int_conversions.go:9:57: int64(neg) escapes to heap
int_conversions.go:11:13: ... argument does not escape
int_conversions.go:11:18: int8(u) escapes to heap
int_conversions.go:11:26: int(u) escapes to heap
int_conversions.go:11:36: int16(int8(u)) escapes to heap
int_conversions.go:13:13: ... argument does not escape
int_conversions.go:13:19: int16(u16) escapes to heap
int_conversions.go:13:31: int32(u16) escapes to heap
int_conversions.go:13:44: uint32(int16(u16)) escapes to heap
int_conversions.go:15:13: ... argument does not escape
int_conversions.go:15:17: int(f) escapes to heap
int_conversions.go:15:25: int(-f) escapes to heap
int_conversions.go:15:36: int64(f * 100) escapes to heap
int_conversions.go:17:13: ... argument does not escape
int_conversions.go:17:24: float64(n) / 2 escapes to heap
int_conversions.go:17:38: float32(n) / float32(3) escapes to heap
int_conversions.go:20:13: ... argument does not escape
int_conversions.go:20:14: 'A' escapes to heap
int_conversions.go:20:17: byte(122) escapes to heap
int_conversions.go:20:22: r + '\x01' escapes to heap
int_conversions.go:20:28: by - byte(25) escapes to heap
