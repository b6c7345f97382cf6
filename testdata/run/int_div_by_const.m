int_div_by_const.go:8:25: []int{...} does not escape
int_div_by_const.go:9:14: ... argument does not escape
int_div_by_const.go:9:15: x escapes to heap
int_div_by_const.go:9:19: x / 2 escapes to heap
int_div_by_const.go:9:24: x % 2 escapes to heap
int_div_by_const.go:9:29: x / 8 escapes to heap
int_div_by_const.go:9:34: x % 8 escapes to heap
int_div_by_const.go:9:39: x / 7 escapes to heap
int_div_by_const.go:9:44: x % 7 escapes to heap
int_div_by_const.go:9:49: x / -4 escapes to heap
int_div_by_const.go:9:55: x % -4 escapes to heap
int_div_by_const.go:9:61: x / 1000000007 escapes to heap
int_div_by_const.go:11:27: []int32{...} does not escape
int_div_by_const.go:12:14: ... argument does not escape
int_div_by_const.go:12:15: x escapes to heap
int_div_by_const.go:12:19: x / int32(16) escapes to heap
int_div_by_const.go:12:25: x % int32(16) escapes to heap
int_div_by_const.go:12:31: x / int32(10) escapes to heap
int_div_by_const.go:12:37: x % int32(10) escapes to heap
int_div_by_const.go:12:43: x / int32(-1) escapes to heap
int_div_by_const.go:14:28: []uint32{...} does not escape
int_div_by_const.go:15:14: ... argument does not escape
int_div_by_const.go:15:15: x escapes to heap
int_div_by_const.go:15:19: x / uint32(16) escapes to heap
int_div_by_const.go:15:25: x % uint32(16) escapes to heap
int_div_by_const.go:15:31: x / uint32(10) escapes to heap
int_div_by_const.go:15:37: x % uint32(10) escapes to heap
int_div_by_const.go:15:43: x / uint32(3) escapes to heap
int_div_by_const.go:17:26: []int8{...} does not escape
int_div_by_const.go:18:14: ... argument does not escape
int_div_by_const.go:18:15: x escapes to heap
int_div_by_const.go:18:19: x / int8(4) escapes to heap
int_div_by_const.go:18:24: x % int8(4) escapes to heap
int_div_by_const.go:18:29: x / int8(3) escapes to heap
int_div_by_const.go:18:34: x % int8(3) escapes to heap
int_div_by_const.go:21:13: ... argument does not escape
int_div_by_const.go:21:15: u / uint64(3) escapes to heap
int_div_by_const.go:21:20: u % uint64(3) escapes to heap
int_div_by_const.go:21:25: u / uint64(1024) escapes to heap
int_div_by_const.go:21:33: u % uint64(1024) escapes to heap
int_div_by_const.go:21:41: u / uint64(7) escapes to heap
