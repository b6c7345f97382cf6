fmt_type_verb.go:16:15: []any{...} does not escape
fmt_type_verb.go:17:3: 1 escapes to heap
fmt_type_verb.go:17:6: "s" escapes to heap
fmt_type_verb.go:17:11: 1 escapes to heap
fmt_type_verb.go:17:16: 'r' escapes to heap
fmt_type_verb.go:17:25: byte(1) escapes to heap
fmt_type_verb.go:17:31: T{} escapes to heap
fmt_type_verb.go:17:35: &T{} escapes to heap
fmt_type_verb.go:17:44: []T{} escapes to heap
fmt_type_verb.go:17:44: []T{} escapes to heap
fmt_type_verb.go:17:53: [3]*T{} escapes to heap
fmt_type_verb.go:17:66: map[int]T{} escapes to heap
fmt_type_verb.go:18:3: func literal escapes to heap
fmt_type_verb.go:18:62: M{} escapes to heap
fmt_type_verb.go:22:4: struct { A int; b string }{} escapes to heap
fmt_type_verb.go:22:11: new(int) escapes to heap
fmt_type_verb.go:22:29: [][]float32{} escapes to heap
fmt_type_verb.go:22:29: [][]float32{} escapes to heap
fmt_type_verb.go:22:42: complex64((0 + 0i)) escapes to heap
fmt_type_verb.go:25:13: ... argument does not escape
