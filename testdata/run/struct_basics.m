struct_basics.go:18:13: ... argument does not escape
struct_basics.go:18:14: p escapes to heap
struct_basics.go:18:17: q escapes to heap
struct_basics.go:18:20: z escapes to heap
struct_basics.go:19:13: ... argument does not escape
struct_basics.go:19:15: p.X escapes to heap
struct_basics.go:19:20: p.Y escapes to heap
struct_basics.go:19:25: q.X escapes to heap
struct_basics.go:21:13: ... argument does not escape
struct_basics.go:21:14: p escapes to heap
struct_basics.go:23:13: ... argument does not escape
struct_basics.go:23:14: r escapes to heap
struct_basics.go:24:12: ... argument does not escape
struct_basics.go:24:25: r escapes to heap
struct_basics.go:24:28: r escapes to heap
struct_basics.go:26:13: ... argument does not escape
struct_basics.go:26:21: r.Max.X * r.Max.Y escapes to heap
struct_basics.go:26:32: r.Name escapes to heap
struct_basics.go:31:13: ... argument does not escape
struct_basics.go:31:14: anon escapes to heap
struct_basics.go:31:24: anon.B escapes to heap
