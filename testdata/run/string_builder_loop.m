string_builder_loop.go:24:19: string(buf[i:]) escapes to heap
string_builder_loop.go:27:11: leaking param: parts to result ~r0 level=1
string_builder_loop.go:27:27: leaking param: sep to result ~r0 level=0
string_builder_loop.go:40:25: []int{...} does not escape
string_builder_loop.go:41:17: append does not escape
string_builder_loop.go:43:13: ... argument does not escape
string_builder_loop.go:43:18: join(parts, ", ") escapes to heap
string_builder_loop.go:44:13: ... argument does not escape
string_builder_loop.go:44:17: len(join(nil, "x")) escapes to heap
