array_value_semantics.go:10:16: a does not escape
array_value_semantics.go:18:13: ... argument does not escape
array_value_semantics.go:18:14: a escapes to heap
array_value_semantics.go:18:17: b escapes to heap
array_value_semantics.go:20:13: ... argument does not escape
array_value_semantics.go:20:14: a escapes to heap
array_value_semantics.go:20:17: c escapes to heap
array_value_semantics.go:22:13: ... argument does not escape
array_value_semantics.go:22:14: a escapes to heap
array_value_semantics.go:23:13: ... argument does not escape
array_value_semantics.go:23:16: a == c escapes to heap
array_value_semantics.go:23:24: a != b escapes to heap
array_value_semantics.go:23:33: 3 escapes to heap
array_value_semantics.go:25:13: ... argument does not escape
array_value_semantics.go:25:14: z escapes to heap
array_value_semantics.go:29:13: ... argument does not escape
array_value_semantics.go:29:14: grid escapes to heap
array_value_semantics.go:29:20: g2 escapes to heap
array_value_semantics.go:31:13: ... argument does not escape
array_value_semantics.go:31:17: 5 escapes to heap
array_value_semantics.go:31:24: idx escapes to heap
array_value_semantics.go:32:12: ... argument does not escape
array_value_semantics.go:32:21: idx escapes to heap
