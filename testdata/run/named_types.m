named_types.go:11:7: n does not escape
named_types.go:11:45: "hi " + string(n) escapes to heap
named_types.go:15:13: ... argument does not escape
named_types.go:15:21: ID.Next(id) escapes to heap
named_types.go:15:32: int(id) + 1 escapes to heap
named_types.go:16:12: ... argument does not escape
named_types.go:16:24: ID(41) escapes to heap
named_types.go:16:28: ID(41) escapes to heap
named_types.go:18:13: ... argument does not escape
named_types.go:18:21: Name.Greet(n) escapes to heap
named_types.go:18:28: len(n) escapes to heap
named_types.go:19:12: ... argument does not escape
named_types.go:19:24: Name("gopher") escapes to heap
named_types.go:19:27: Name("gopher") escapes to heap
named_types.go:22:12: ... argument does not escape
named_types.go:22:24: g escapes to heap
named_types.go:22:27: g escapes to heap
named_types.go:23:18: func literal does not escape
named_types.go:24:13: ... argument does not escape
named_types.go:24:20: double(21) escapes to heap
named_types.go:26:12: ... argument does not escape
named_types.go:26:33: Local{...} escapes to heap
named_types.go:26:43: Local{...} escapes to heap
named_types.go:26:53: Local{...} escapes to heap
