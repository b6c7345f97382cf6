const_untyped.go:12:13: ... argument does not escape
const_untyped.go:12:14: 4 escapes to heap
const_untyped.go:12:24: 1 escapes to heap
const_untyped.go:12:33: 1024 escapes to heap
const_untyped.go:13:13: ... argument does not escape
const_untyped.go:13:14: 3.14159 escapes to heap
const_untyped.go:13:25: float32(3.14159) escapes to heap
const_untyped.go:14:13: ... argument does not escape
const_untyped.go:14:14: 0.333333 escapes to heap
const_untyped.go:14:29: true escapes to heap
const_untyped.go:15:13: ... argument does not escape
const_untyped.go:15:14: 1e+300 escapes to heap
const_untyped.go:17:13: ... argument does not escape
const_untyped.go:17:14: 4.61169e+18 escapes to heap
const_untyped.go:19:12: ... argument does not escape
const_untyped.go:19:24: int32(1073741824) escapes to heap
const_untyped.go:19:31: int32(1073741824) escapes to heap
const_untyped.go:20:13: ... argument does not escape
const_untyped.go:20:15: 3 escapes to heap
const_untyped.go:20:20: 3.5 escapes to heap
const_untyped.go:20:29: 3.5 escapes to heap
const_untyped.go:20:36: 'b' escapes to heap
const_untyped.go:20:43: 194 escapes to heap
const_untyped.go:21:12: ... argument does not escape
const_untyped.go:21:30: 1 escapes to heap
const_untyped.go:21:33: 1 escapes to heap
const_untyped.go:21:38: 'a' escapes to heap
const_untyped.go:21:43: "s" escapes to heap
const_untyped.go:23:13: ... argument does not escape
const_untyped.go:23:14: "concat" escapes to heap
const_untyped.go:23:20: 6 escapes to heap
const_untyped.go:25:13: ... argument does not escape
const_untyped.go:25:14: uint8(200) escapes to heap
const_untyped.go:27:13: ... argument does not escape
const_untyped.go:27:14: uint32(4294967295) escapes to heap
const_untyped.go:27:20: -1 escapes to heap
