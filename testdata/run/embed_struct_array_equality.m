embed_struct_array_equality.go:18:13: ... argument does not escape
embed_struct_array_equality.go:18:16: a == b escapes to heap
embed_struct_array_equality.go:20:13: ... argument does not escape
embed_struct_array_equality.go:20:16: a == b escapes to heap
embed_struct_array_equality.go:20:26: a.P == b.P escapes to heap
embed_struct_array_equality.go:23:13: ... argument does not escape
embed_struct_array_equality.go:23:19: arr1 == arr2 escapes to heap
embed_struct_array_equality.go:23:33: arr1 != arr2 escapes to heap
embed_struct_array_equality.go:25:13: ... argument does not escape
embed_struct_array_equality.go:25:19: arr1 == arr2 escapes to heap
embed_struct_array_equality.go:27:13: ... argument does not escape
embed_struct_array_equality.go:27:17: z1 == z2 escapes to heap
