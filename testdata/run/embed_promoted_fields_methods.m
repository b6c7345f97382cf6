embed_promoted_fields_methods.go:8:7: p does not escape
embed_promoted_fields_methods.go:14:7: n does not escape
embed_promoted_fields_methods.go:14:49: "hello " + n.Name escapes to heap
embed_promoted_fields_methods.go:24:13: ... argument does not escape
embed_promoted_fields_methods.go:24:15: c.Point.X escapes to heap
embed_promoted_fields_methods.go:24:20: c.Point.Y escapes to heap
embed_promoted_fields_methods.go:24:25: c.Named.Name escapes to heap
embed_promoted_fields_methods.go:24:33: c.R escapes to heap
embed_promoted_fields_methods.go:25:13: ... argument does not escape
embed_promoted_fields_methods.go:25:19: Point.Sum(c.Point) escapes to heap
embed_promoted_fields_methods.go:25:30: Named.Hello(c.Named) escapes to heap
embed_promoted_fields_methods.go:27:13: ... argument does not escape
embed_promoted_fields_methods.go:27:15: c.Point.X escapes to heap
embed_promoted_fields_methods.go:27:26: c.Point.X escapes to heap
embed_promoted_fields_methods.go:27:35: Point.Sum(c.Point) escapes to heap
embed_promoted_fields_methods.go:29:12: ... argument does not escape
embed_promoted_fields_methods.go:29:25: c escapes to heap
embed_promoted_fields_methods.go:29:28: c escapes to heap
