import_renamed.go:18:7: b does not escape
import_renamed.go:19:7: b does not escape
import_renamed.go:20:49: byLen.Swap ignoring self-assignment in b[i], b[j] = b[j], b[i]
import_renamed.go:20:49: byLen.Swap ignoring self-assignment in b[i], b[j] = b[j], b[i]
import_renamed.go:20:7: b does not escape
import_renamed.go:23:13: []int{...} escapes to heap
import_renamed.go:25:11: ... argument does not escape
import_renamed.go:25:12: xs escapes to heap
import_renamed.go:25:28: sort.SearchInts(xs, 5) escapes to heap
import_renamed.go:26:16: byLen{...} escapes to heap
import_renamed.go:27:9: words escapes to heap
import_renamed.go:28:11: ... argument does not escape
import_renamed.go:28:12: words escapes to heap
import_renamed.go:28:29: sort.IsSorted(words) escapes to heap
import_renamed.go:28:30: words escapes to heap
import_renamed.go:29:11: ... argument does not escape
import_renamed.go:29:23: strings.ToUpper("héllo") escapes to heap
import_renamed.go:29:45: strings.Fields(" a b  c ") escapes to heap
import_renamed.go:29:69: strings.Repeat("ab", 3) escapes to heap
import_renamed.go:32:12: ... argument does not escape
import_renamed.go:32:31: (*strings.Builder).String(b) escapes to heap
import_renamed.go:32:47: utf8.RuneLen('é') escapes to heap
import_renamed.go:32:75: utf8.RuneCountInString("héllo") escapes to heap
import_renamed.go:33:17: ... argument does not escape
import_renamed.go:34:11: ... argument does not escape
import_renamed.go:35:10: ... argument does not escape
