strconv_parse_int_uint.go:13:3: []struct { s string; base int; bits int }{...} does not escape
strconv_parse_int_uint.go:20:14: ... argument does not escape
strconv_parse_int_uint.go:20:16: c.s escapes to heap
strconv_parse_int_uint.go:20:21: c.base escapes to heap
strconv_parse_int_uint.go:20:29: c.bits escapes to heap
strconv_parse_int_uint.go:20:36: "->" escapes to heap
strconv_parse_int_uint.go:20:42: n escapes to heap
strconv_parse_int_uint.go:22:28: []string{...} does not escape
strconv_parse_int_uint.go:25:14: ... argument does not escape
strconv_parse_int_uint.go:25:15: s escapes to heap
strconv_parse_int_uint.go:25:18: u8 escapes to heap
strconv_parse_int_uint.go:25:28: u64 escapes to heap
