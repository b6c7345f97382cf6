import_user_names.go:16:7: e does not escape
import_user_names.go:16:56: "mine: " + e.s escapes to heap
import_user_names.go:22:20: xs does not escape
import_user_names.go:24:46: string(b) + "!" escapes to heap
import_user_names.go:24:43: string(b) does not escape
import_user_names.go:31:13: []int{...} escapes to heap
import_user_names.go:33:13: ... argument does not escape
import_user_names.go:33:14: xs escapes to heap
import_user_names.go:33:31: insertionSort(xs) escapes to heap
import_user_names.go:33:42: unhex(byte(97)) escapes to heap
import_user_names.go:33:58: quickSort() escapes to heap
import_user_names.go:33:62: writer escapes to heap
import_user_names.go:34:16: &errorString{...} escapes to heap
import_user_names.go:35:13: ... argument does not escape
import_user_names.go:36:12: ... argument does not escape
import_user_names.go:36:61: wrapError{...} escapes to heap
import_user_names.go:36:74: lessSwap(2) escapes to heap
import_user_names.go:38:13: ... argument does not escape
import_user_names.go:38:14: v escapes to heap
import_user_names.go:38:38: strings.Contains("abc", "b") escapes to heap
