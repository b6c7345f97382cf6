map_contest_frequency.go:15:24: map[string]int{} does not escape
map_contest_frequency.go:19:14: make([]string, 0, len(freq)) escapes to heap
map_contest_frequency.go:21:16: append escapes to heap
map_contest_frequency.go:23:13: keys escapes to heap
map_contest_frequency.go:23:19: func literal does not escape
map_contest_frequency.go:31:14: ... argument does not escape
map_contest_frequency.go:31:23: len(keys) escapes to heap
map_contest_frequency.go:31:31: "distinct" escapes to heap
map_contest_frequency.go:33:14: ... argument does not escape
map_contest_frequency.go:33:31: k escapes to heap
map_contest_frequency.go:33:38: freq[k] escapes to heap
