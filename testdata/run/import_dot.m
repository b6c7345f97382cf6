import_dot.go:21:29: devirtualizing s.String to celsius
import_dot.go:14:50: ... argument does not escape
import_dot.go:14:69: float64(c) escapes to heap
import_dot.go:22:6: moved to heap: b
import_dot.go:17:16: []string{...} escapes to heap
import_dot.go:19:9: ... argument does not escape
import_dot.go:19:10: xs escapes to heap
import_dot.go:19:18: strings.Join(xs, "+") escapes to heap
import_dot.go:19:42: sort.SearchStrings(xs, "fig") escapes to heap
import_dot.go:19:76: sort.StringsAreSorted(xs) escapes to heap
import_dot.go:20:26: celsius(21.5) escapes to heap
import_dot.go:21:9: ... argument does not escape
import_dot.go:21:20: strings.ToUpper(celsius.String(s.(celsius))) escapes to heap
import_dot.go:21:40: strings.Repeat("=", 3) escapes to heap
import_dot.go:23:9: ... argument does not escape
import_dot.go:23:23: 1 escapes to heap
import_dot.go:23:26: 2 escapes to heap
import_dot.go:24:9: ... argument does not escape
import_dot.go:24:18: (*strings.Builder).String(b) escapes to heap
import_dot.go:24:28: ... argument does not escape
import_dot.go:24:36: 1 escapes to heap
