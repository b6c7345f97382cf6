struct_slices.go:11:12: es does not escape
struct_slices.go:17:16: es does not escape
struct_slices.go:25:21: []Employee{...} escapes to heap
struct_slices.go:27:25: []string{...} escapes to heap
struct_slices.go:29:16: append escapes to heap
struct_slices.go:33:14: ... argument does not escape
struct_slices.go:33:16: e.Name escapes to heap
struct_slices.go:33:24: e.Salary escapes to heap
struct_slices.go:33:36: len(e.Tags) escapes to heap
struct_slices.go:36:17: append escapes to heap
struct_slices.go:37:13: ... argument does not escape
struct_slices.go:37:19: staff[1] escapes to heap
struct_slices.go:40:16: append does not escape
struct_slices.go:43:13: ... argument does not escape
struct_slices.go:43:22: staff[2].Name escapes to heap
