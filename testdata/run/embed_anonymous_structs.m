embed_anonymous_structs.go:10:13: ... argument does not escape
embed_anonymous_structs.go:10:14: p escapes to heap
embed_anonymous_structs.go:10:18: p.Name escapes to heap
embed_anonymous_structs.go:11:12: ... argument does not escape
embed_anonymous_structs.go:11:25: p escapes to heap
embed_anonymous_structs.go:11:28: p escapes to heap
embed_anonymous_structs.go:15:3: []struct { Name string; Tags []string }{...} does not escape
embed_anonymous_structs.go:16:17: []string{...} escapes to heap
embed_anonymous_structs.go:20:14: ... argument does not escape
embed_anonymous_structs.go:20:16: q.Name escapes to heap
embed_anonymous_structs.go:20:26: len(q.Tags) escapes to heap
embed_anonymous_structs.go:27:12: ... argument does not escape
embed_anonymous_structs.go:27:22: cfg escapes to heap
embed_anonymous_structs.go:33:13: ... argument does not escape
embed_anonymous_structs.go:33:16: n == named{...} escapes to heap
