struct_blank_fields.go:20:13: ... argument does not escape
struct_blank_fields.go:20:16: p == q escapes to heap
struct_blank_fields.go:20:23: p.A escapes to heap
struct_blank_fields.go:20:28: p.B escapes to heap
struct_blank_fields.go:20:33: p.C escapes to heap
struct_blank_fields.go:22:13: ... argument does not escape
struct_blank_fields.go:22:16: p == q escapes to heap
struct_blank_fields.go:25:13: ... argument does not escape
struct_blank_fields.go:25:18: arr == arr2 escapes to heap
struct_blank_fields.go:27:13: ... argument does not escape
struct_blank_fields.go:27:18: arr == arr2 escapes to heap
struct_blank_fields.go:27:27: arr2 escapes to heap
struct_blank_fields.go:29:13: ... argument does not escape
struct_blank_fields.go:29:22: Empty{} == Empty{} escapes to heap
struct_blank_fields.go:29:39: Empty{} escapes to heap
struct_blank_fields.go:31:13: ... argument does not escape
struct_blank_fields.go:31:17: 0 escapes to heap
struct_blank_fields.go:31:22: e escapes to heap
