import_std_panic.go:15:14: ... argument does not escape
import_std_panic.go:15:15: "recovered:" escapes to heap
import_std_panic.go:13:8: func literal does not escape
import_std_panic.go:19:13: []int{...} escapes to heap
import_std_panic.go:20:13: xs escapes to heap
import_std_panic.go:20:17: func literal does not escape
import_std_panic.go:22:10: "less saw 2" escapes to heap
import_std_panic.go:26:13: ... argument does not escape
import_std_panic.go:26:14: "not reached" escapes to heap
