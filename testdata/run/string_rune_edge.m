string_rune_edge.go:7:26: []rune{...} does not escape
string_rune_edge.go:8:15: string(r) does not escape
string_rune_edge.go:9:14: ... argument does not escape
string_rune_edge.go:9:15: r escapes to heap
string_rune_edge.go:9:21: len(s) escapes to heap
string_rune_edge.go:9:32: ([]byte)(s) escapes to heap
string_rune_edge.go:9:33: ([]byte)(s) escapes to heap
string_rune_edge.go:12:28: []string{...} does not escape
string_rune_edge.go:13:12: ... argument does not escape
string_rune_edge.go:13:16: len(s) escapes to heap
string_rune_edge.go:13:21: " " escapes to heap
string_rune_edge.go:13:32: ([]rune)(s) escapes to heap
string_rune_edge.go:13:33: ([]rune)(s) escapes to heap
string_rune_edge.go:13:37: " " escapes to heap
string_rune_edge.go:15:13: ... argument does not escape
string_rune_edge.go:15:14: i escapes to heap
string_rune_edge.go:15:17: ":" escapes to heap
string_rune_edge.go:15:22: r escapes to heap
string_rune_edge.go:15:25: " " escapes to heap
string_rune_edge.go:19:13: ... argument does not escape
string_rune_edge.go:19:20: string([]rune{...}) escapes to heap
string_rune_edge.go:19:27: string([]rune{...}) escapes to heap
string_rune_edge.go:19:27: []rune{...} does not escape
string_rune_edge.go:19:56: ([]byte)(string([]rune{...})) escapes to heap
string_rune_edge.go:19:63: ([]byte)(string([]rune{...})) escapes to heap
string_rune_edge.go:19:70: string([]rune{...}) does not escape
string_rune_edge.go:19:70: []rune{...} does not escape
