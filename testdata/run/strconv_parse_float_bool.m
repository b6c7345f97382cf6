strconv_parse_float_bool.go:9:28: []string{...} does not escape
strconv_parse_float_bool.go:11:14: ... argument does not escape
strconv_parse_float_bool.go:11:15: s escapes to heap
strconv_parse_float_bool.go:11:18: "->" escapes to heap
strconv_parse_float_bool.go:11:24: f escapes to heap
strconv_parse_float_bool.go:14:13: ... argument does not escape
strconv_parse_float_bool.go:14:14: f32 escapes to heap
strconv_parse_float_bool.go:16:13: ... argument does not escape
strconv_parse_float_bool.go:16:14: f32 escapes to heap
strconv_parse_float_bool.go:17:28: []string{...} does not escape
strconv_parse_float_bool.go:19:14: ... argument does not escape
strconv_parse_float_bool.go:19:15: s escapes to heap
strconv_parse_float_bool.go:19:18: "->" escapes to heap
strconv_parse_float_bool.go:19:24: b escapes to heap
