map_word_count.go:13:26: map[string]int{} does not escape
map_word_count.go:23:16: append escapes to heap
map_word_count.go:25:13: list escapes to heap
map_word_count.go:25:19: func literal does not escape
map_word_count.go:32:13: ... argument does not escape
map_word_count.go:32:28: e.k escapes to heap
map_word_count.go:32:33: e.v escapes to heap
