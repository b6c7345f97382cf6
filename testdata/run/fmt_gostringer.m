fmt_gostringer.go:9:54: ... argument does not escape
fmt_gostringer.go:9:71: int(c) escapes to heap
fmt_gostringer.go:11:49: []string{...} does not escape
fmt_gostringer.go:15:7: p does not escape
fmt_gostringer.go:15:55: ... argument does not escape
fmt_gostringer.go:15:75: p.X escapes to heap
fmt_gostringer.go:15:80: p.Y escapes to heap
fmt_gostringer.go:25:12: ... argument does not escape
fmt_gostringer.go:25:31: Color(1) escapes to heap
fmt_gostringer.go:25:34: Color(1) escapes to heap
fmt_gostringer.go:25:37: Color(1) escapes to heap
fmt_gostringer.go:25:40: Color(1) escapes to heap
fmt_gostringer.go:26:12: ... argument does not escape
fmt_gostringer.go:26:28: Color(1) escapes to heap
fmt_gostringer.go:27:7: &Point{...} escapes to heap
fmt_gostringer.go:28:12: ... argument does not escape
fmt_gostringer.go:29:12: ... argument does not escape
fmt_gostringer.go:29:22: *p escapes to heap
fmt_gostringer.go:30:12: ... argument does not escape
fmt_gostringer.go:30:25: Box{...} escapes to heap
fmt_gostringer.go:30:39: []Color{...} escapes to heap
fmt_gostringer.go:31:12: ... argument does not escape
fmt_gostringer.go:31:27: []any{...} escapes to heap
fmt_gostringer.go:31:27: []any{...} escapes to heap
fmt_gostringer.go:31:28: Color(1) escapes to heap
fmt_gostringer.go:31:34: 3 escapes to heap
fmt_gostringer.go:31:37: "s" escapes to heap
fmt_gostringer.go:32:12: ... argument does not escape
fmt_gostringer.go:32:36: map[Color]bool{...} escapes to heap
fmt_gostringer.go:34:12: ... argument does not escape
