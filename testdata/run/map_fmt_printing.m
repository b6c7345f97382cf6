map_fmt_printing.go:8:13: ... argument does not escape
map_fmt_printing.go:8:28: map[string]int{...} escapes to heap
map_fmt_printing.go:9:13: ... argument does not escape
map_fmt_printing.go:9:28: map[int]string{...} escapes to heap
map_fmt_printing.go:10:13: ... argument does not escape
map_fmt_printing.go:10:30: map[float64]bool{...} escapes to heap
map_fmt_printing.go:11:13: ... argument does not escape
map_fmt_printing.go:11:26: map[K]string{...} escapes to heap
map_fmt_printing.go:12:13: ... argument does not escape
map_fmt_printing.go:12:26: map[bool]int{...} escapes to heap
map_fmt_printing.go:13:12: ... argument does not escape
map_fmt_printing.go:13:43: map[string]K{...} escapes to heap
map_fmt_printing.go:13:70: map[string]K{...} escapes to heap
map_fmt_printing.go:13:97: map[string]K{...} escapes to heap
map_fmt_printing.go:15:12: ... argument does not escape
map_fmt_printing.go:15:39: len(nm) escapes to heap
map_fmt_printing.go:16:13: ... argument does not escape
map_fmt_printing.go:16:30: map[string][]int{...} escapes to heap
map_fmt_printing.go:16:36: []int{...} escapes to heap
