struct_large_values.go:15:62: ... argument does not escape
struct_large_values.go:15:63: "big" escapes to heap
struct_large_values.go:15:70: n escapes to heap
struct_large_values.go:23:6: double ignoring self-assignment in b.S += b.S
struct_large_values.go:18:13: leaking param: b to result ~r0 level=0
struct_large_values.go:31:14: leaking param: x to result ~r1 level=0
struct_large_values.go:31:17: leaking param: y to result ~r0 level=0
struct_large_values.go:44:13: ... argument does not escape
struct_large_values.go:44:14: b escapes to heap
struct_large_values.go:45:13: ... argument does not escape
struct_large_values.go:45:14: d escapes to heap
struct_large_values.go:47:13: ... argument does not escape
struct_large_values.go:47:15: x.A escapes to heap
struct_large_values.go:47:20: y.A escapes to heap
struct_large_values.go:47:26: x == d escapes to heap
struct_large_values.go:47:34: y == b escapes to heap
struct_large_values.go:49:13: ... argument does not escape
struct_large_values.go:49:14: a escapes to heap
struct_large_values.go:49:20: 16 escapes to heap
struct_large_values.go:50:15: []Big{...} does not escape
struct_large_values.go:52:13: ... argument does not escape
struct_large_values.go:52:21: bigs[1].S escapes to heap
struct_large_values.go:52:32: bigs[1].F escapes to heap
