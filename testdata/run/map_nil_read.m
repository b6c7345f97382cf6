map_nil_read.go:7:13: ... argument does not escape
map_nil_read.go:7:16: m == nil escapes to heap
map_nil_read.go:7:27: len(m) escapes to heap
map_nil_read.go:7:33: m["x"] escapes to heap
map_nil_read.go:9:13: ... argument does not escape
map_nil_read.go:9:14: v escapes to heap
map_nil_read.go:9:17: ok escapes to heap
map_nil_read.go:11:14: ... argument does not escape
map_nil_read.go:11:15: "never" escapes to heap
map_nil_read.go:11:24: k escapes to heap
map_nil_read.go:11:27: v escapes to heap
map_nil_read.go:14:13: ... argument does not escape
