panic_struct_value.go:6:13: Point{...} escapes to heap
