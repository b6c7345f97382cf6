strings_search_funcs.go:10:13: ... argument does not escape
strings_search_funcs.go:10:30: strings.Contains(s, "fox") escapes to heap
strings_search_funcs.go:10:58: strings.Contains(s, "cat") escapes to heap
strings_search_funcs.go:10:86: strings.Contains(s, "") escapes to heap
strings_search_funcs.go:11:13: ... argument does not escape
strings_search_funcs.go:11:33: strings.ContainsAny(s, "xyz") escapes to heap
strings_search_funcs.go:11:65: strings.ContainsRune(s, 'q') escapes to heap
strings_search_funcs.go:11:94: strings.ContainsAny("", "") escapes to heap
strings_search_funcs.go:12:13: ... argument does not escape
strings_search_funcs.go:12:27: strings.Index(s, "the") escapes to heap
strings_search_funcs.go:12:56: strings.LastIndex(s, "the") escapes to heap
strings_search_funcs.go:12:81: strings.Index(s, "cat") escapes to heap
strings_search_funcs.go:13:13: ... argument does not escape
strings_search_funcs.go:13:31: strings.IndexByte(s, byte(113)) escapes to heap
strings_search_funcs.go:13:58: strings.IndexRune("chicken", 'k') escapes to heap
strings_search_funcs.go:13:93: strings.IndexRune("héllo", 'l') escapes to heap
strings_search_funcs.go:14:13: ... argument does not escape
strings_search_funcs.go:14:30: strings.IndexAny(s, "zq") escapes to heap
strings_search_funcs.go:14:61: strings.LastIndexAny(s, "eo") escapes to heap
strings_search_funcs.go:14:89: strings.IndexFunc(s, func literal) escapes to heap
strings_search_funcs.go:14:93: func literal does not escape
strings_search_funcs.go:15:13: ... argument does not escape
strings_search_funcs.go:15:31: strings.HasPrefix(s, "the ") escapes to heap
strings_search_funcs.go:15:61: strings.HasSuffix(s, "dog") escapes to heap
strings_search_funcs.go:15:90: strings.HasPrefix(s, "dog") escapes to heap
strings_search_funcs.go:16:13: ... argument does not escape
strings_search_funcs.go:16:27: strings.Count(s, "o") escapes to heap
strings_search_funcs.go:16:50: strings.Count("five", "") escapes to heap
strings_search_funcs.go:16:77: strings.Count("aaaa", "aa") escapes to heap
strings_search_funcs.go:17:13: ... argument does not escape
strings_search_funcs.go:17:31: strings.EqualFold("Go", "GO") escapes to heap
strings_search_funcs.go:17:62: strings.EqualFold("σ", "Σ") escapes to heap
strings_search_funcs.go:17:93: strings.EqualFold("a", "b") escapes to heap
strings_search_funcs.go:18:13: ... argument does not escape
strings_search_funcs.go:18:29: strings.Compare("a", "b") escapes to heap
strings_search_funcs.go:18:56: strings.Compare("b", "a") escapes to heap
strings_search_funcs.go:18:83: strings.Compare("x", "x") escapes to heap
strings_search_funcs.go:20:12: ... argument does not escape
strings_search_funcs.go:20:27: before escapes to heap
strings_search_funcs.go:20:35: after escapes to heap
strings_search_funcs.go:20:42: found escapes to heap
strings_search_funcs.go:22:12: ... argument does not escape
strings_search_funcs.go:22:27: b2 escapes to heap
strings_search_funcs.go:22:31: a2 escapes to heap
strings_search_funcs.go:22:35: f2 escapes to heap
strings_search_funcs.go:24:13: ... argument does not escape
strings_search_funcs.go:24:14: rest escapes to heap
strings_search_funcs.go:24:20: ok escapes to heap
strings_search_funcs.go:26:13: ... argument does not escape
strings_search_funcs.go:26:14: rest escapes to heap
strings_search_funcs.go:26:20: ok escapes to heap
