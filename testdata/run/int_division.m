int_division.go:6:19: [][2]int{...} does not escape
int_division.go:8:14: ... argument does not escape
int_division.go:8:16: p[0] escapes to heap
int_division.go:8:22: p[1] escapes to heap
int_division.go:8:31: p[0] / p[1] escapes to heap
int_division.go:8:42: p[0] % p[1] escapes to heap
int_division.go:11:13: ... argument does not escape
int_division.go:11:15: u / uint32(3) escapes to heap
int_division.go:11:20: u % uint32(3) escapes to heap
int_division.go:14:13: ... argument does not escape
int_division.go:14:16: s8 / d8 escapes to heap
int_division.go:14:23: s8 % d8 escapes to heap
int_division.go:17:13: ... argument does not escape
int_division.go:17:16: u8 / v8 escapes to heap
int_division.go:17:23: u8 % v8 escapes to heap
int_division.go:19:13: ... argument does not escape
int_division.go:19:17: big / uint64(10) escapes to heap
int_division.go:19:25: big % uint64(10) escapes to heap
