math_const_typed_untyped.go:19:13: ... argument does not escape
math_const_typed_untyped.go:19:18: 4 escapes to heap
math_const_typed_untyped.go:19:27: 4 escapes to heap
math_const_typed_untyped.go:20:13: ... argument does not escape
math_const_typed_untyped.go:20:14: 0.333333 escapes to heap
math_const_typed_untyped.go:20:21: float32(0.333333) escapes to heap
math_const_typed_untyped.go:20:45: false escapes to heap
math_const_typed_untyped.go:24:13: ... argument does not escape
math_const_typed_untyped.go:24:14: 8 escapes to heap
math_const_typed_untyped.go:24:17: 3 escapes to heap
math_const_typed_untyped.go:24:20: 3.5 escapes to heap
math_const_typed_untyped.go:25:12: ... argument does not escape
math_const_typed_untyped.go:25:30: 3 escapes to heap
math_const_typed_untyped.go:25:33: 3.5 escapes to heap
math_const_typed_untyped.go:25:36: 'a' escapes to heap
math_const_typed_untyped.go:25:41: Weekday(1) escapes to heap
math_const_typed_untyped.go:28:13: ... argument does not escape
math_const_typed_untyped.go:28:14: d escapes to heap
math_const_typed_untyped.go:28:19: d > Weekday(1) escapes to heap
math_const_typed_untyped.go:28:40: true escapes to heap
math_const_typed_untyped.go:30:13: ... argument does not escape
math_const_typed_untyped.go:30:14: 'b' escapes to heap
math_const_typed_untyped.go:30:23: "b" escapes to heap
math_const_typed_untyped.go:32:13: ... argument does not escape
math_const_typed_untyped.go:32:14: byte(121) escapes to heap
math_const_typed_untyped.go:34:13: ... argument does not escape
math_const_typed_untyped.go:34:17: 5 escapes to heap
math_const_typed_untyped.go:34:23: "const"[1] escapes to heap
math_const_typed_untyped.go:36:13: ... argument does not escape
math_const_typed_untyped.go:36:22: x / 3 * 3 == 9 escapes to heap
math_const_typed_untyped.go:36:32: true escapes to heap
