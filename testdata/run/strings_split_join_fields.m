strings_split_join_fields.go:9:12: ... argument does not escape
strings_split_join_fields.go:9:34: strings.Split("a,b,,c", ",") escapes to heap
strings_split_join_fields.go:10:12: ... argument does not escape
strings_split_join_fields.go:10:34: strings.Split("abc", "") escapes to heap
strings_split_join_fields.go:11:12: ... argument does not escape
strings_split_join_fields.go:11:34: strings.Split("", ",") escapes to heap
strings_split_join_fields.go:12:12: ... argument does not escape
strings_split_join_fields.go:12:35: strings.SplitN("a,b,c,d", ",", 2) escapes to heap
strings_split_join_fields.go:13:12: ... argument does not escape
strings_split_join_fields.go:13:35: strings.SplitN("a,b,c,d", ",", 0) escapes to heap
strings_split_join_fields.go:14:12: ... argument does not escape
strings_split_join_fields.go:14:35: strings.SplitN("a,b,c,d", ",", -1) escapes to heap
strings_split_join_fields.go:15:12: ... argument does not escape
strings_split_join_fields.go:15:39: strings.SplitAfter("a,b,c", ",") escapes to heap
strings_split_join_fields.go:16:12: ... argument does not escape
strings_split_join_fields.go:16:40: strings.SplitAfterN("a,b,c", ",", 2) escapes to heap
strings_split_join_fields.go:17:12: ... argument does not escape
strings_split_join_fields.go:17:35: strings.Fields("  foo bar\tbaz\n\u00a0qux  ") escapes to heap
strings_split_join_fields.go:18:12: ... argument does not escape
strings_split_join_fields.go:18:35: strings.Fields("") escapes to heap
strings_split_join_fields.go:19:12: ... argument does not escape
strings_split_join_fields.go:19:39: strings.FieldsFunc("a1b22c333", func literal) escapes to heap
strings_split_join_fields.go:19:53: func literal does not escape
strings_split_join_fields.go:20:13: ... argument does not escape
strings_split_join_fields.go:20:26: strings.Join([]string{...}, "-") escapes to heap
strings_split_join_fields.go:20:35: []string{...} does not escape
strings_split_join_fields.go:20:70: strings.Join(nil, ",") escapes to heap
strings_split_join_fields.go:20:94: strings.Join([]string{...}, ",") escapes to heap
strings_split_join_fields.go:20:103: []string{...} does not escape
