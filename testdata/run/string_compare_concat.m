string_compare_concat.go:6:19: []string{...} does not escape
string_compare_concat.go:19:13: ... argument does not escape
string_compare_concat.go:19:27: x escapes to heap
string_compare_concat.go:19:30: line escapes to heap
string_compare_concat.go:23:31: s + string(rune(48 + i)) + s[:len(s) / 2] escapes to heap
string_compare_concat.go:23:22: string(rune(48 + i)) does not escape
string_compare_concat.go:25:13: ... argument does not escape
string_compare_concat.go:25:17: len(s) escapes to heap
string_compare_concat.go:25:23: s[:30] escapes to heap
string_compare_concat.go:28:13: ... argument does not escape
string_compare_concat.go:28:16: a == b escapes to heap
string_compare_concat.go:28:29: a[1:3] == b[1:3] escapes to heap
string_compare_concat.go:28:46: a[:0] == "" escapes to heap
