int_mul_overflow.go:7:13: ... argument does not escape
int_mul_overflow.go:7:16: a * int8(3) escapes to heap
int_mul_overflow.go:9:13: ... argument does not escape
int_mul_overflow.go:9:15: b * uint8(2) escapes to heap
int_mul_overflow.go:9:20: b + b escapes to heap
int_mul_overflow.go:9:25: b * b escapes to heap
int_mul_overflow.go:11:13: ... argument does not escape
int_mul_overflow.go:11:16: c * c escapes to heap
int_mul_overflow.go:13:13: ... argument does not escape
int_mul_overflow.go:13:16: d * d escapes to heap
int_mul_overflow.go:15:13: ... argument does not escape
int_mul_overflow.go:15:16: e * uint32(17) escapes to heap
int_mul_overflow.go:17:13: ... argument does not escape
int_mul_overflow.go:17:16: f * f escapes to heap
int_mul_overflow.go:19:13: ... argument does not escape
int_mul_overflow.go:19:14: -g escapes to heap
int_mul_overflow.go:19:19: g / int8(-1) escapes to heap
int_mul_overflow.go:19:25: g * int8(-1) escapes to heap
int_mul_overflow.go:21:13: ... argument does not escape
int_mul_overflow.go:21:15: h / int64(-1) escapes to heap
int_mul_overflow.go:21:21: h % int64(-1) escapes to heap
int_mul_overflow.go:26:13: ... argument does not escape
int_mul_overflow.go:26:14: x escapes to heap
