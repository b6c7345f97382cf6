import_std_type_names.go:28:34: devirtualizing si.Len to sort.IntSlice
import_std_type_names.go:17:12: ... argument does not escape
import_std_type_names.go:19:12: ... argument does not escape
import_std_type_names.go:19:36: ne.Func escapes to heap
import_std_type_names.go:19:45: ne.Num escapes to heap
import_std_type_names.go:20:12: ... argument does not escape
import_std_type_names.go:20:37: sort.IntSlice{...} escapes to heap
import_std_type_names.go:20:37: sort.IntSlice{...} escapes to heap
import_std_type_names.go:20:61: sort.StringSlice{...} escapes to heap
import_std_type_names.go:20:61: sort.StringSlice{...} escapes to heap
import_std_type_names.go:21:12: ... argument does not escape
import_std_type_names.go:21:67: ... argument does not escape
import_std_type_names.go:22:12: ... argument does not escape
import_std_type_names.go:23:12: ... argument does not escape
import_std_type_names.go:23:52: ... argument does not escape
import_std_type_names.go:24:12: ... argument does not escape
import_std_type_names.go:24:31: ... argument does not escape
import_std_type_names.go:25:12: ... argument does not escape
import_std_type_names.go:25:28: []error{...} escapes to heap
import_std_type_names.go:25:28: []error{...} escapes to heap
import_std_type_names.go:26:12: ... argument does not escape
import_std_type_names.go:26:40: []*strconv.NumError{...} escapes to heap
import_std_type_names.go:26:40: []*strconv.NumError{...} escapes to heap
import_std_type_names.go:27:39: sort.IntSlice{...} escapes to heap
import_std_type_names.go:27:39: sort.IntSlice{...} escapes to heap
import_std_type_names.go:28:12: ... argument does not escape
import_std_type_names.go:28:34: sort.IntSlice.Len(si.(sort.IntSlice)) escapes to heap
