perf_strings_search.go:12:40: strings.Repeat("abcdefgh", 5) + "xyz\xffé" escapes to heap
perf_strings_search.go:13:30: []string{...} does not escape
perf_strings_search.go:14:14: ... argument does not escape
perf_strings_search.go:14:15: sep escapes to heap
perf_strings_search.go:14:33: strings.Index(long, sep) escapes to heap
perf_strings_search.go:14:59: strings.Count(long, sep) escapes to heap
perf_strings_search.go:14:75: len(strings.Split(long, sep)) escapes to heap
perf_strings_search.go:14:119: strings.Contains(long, sep) escapes to heap
perf_strings_search.go:16:13: ... argument does not escape
perf_strings_search.go:16:27: strings.Count("aaaa", "aa") escapes to heap
perf_strings_search.go:16:56: strings.Count("aaa", "aa") escapes to heap
perf_strings_search.go:16:84: strings.Count("", "a") escapes to heap
perf_strings_search.go:16:108: strings.Count("abc", "") escapes to heap
perf_strings_search.go:17:12: ... argument does not escape
perf_strings_search.go:17:34: strings.Split("a,b,,c,", ",") escapes to heap
perf_strings_search.go:18:12: ... argument does not escape
perf_strings_search.go:18:34: strings.Split(",", ",") escapes to heap
perf_strings_search.go:19:12: ... argument does not escape
perf_strings_search.go:19:34: strings.Split("", ",") escapes to heap
perf_strings_search.go:20:12: ... argument does not escape
perf_strings_search.go:20:34: strings.Split("héllo", "") escapes to heap
perf_strings_search.go:21:12: ... argument does not escape
perf_strings_search.go:21:35: strings.SplitN("a,b,c,d", ",", 2) escapes to heap
perf_strings_search.go:22:12: ... argument does not escape
perf_strings_search.go:22:35: strings.SplitN("a,b,c,d", ",", 0) escapes to heap
perf_strings_search.go:23:12: ... argument does not escape
perf_strings_search.go:23:35: strings.SplitN("a,b,c,d", ",", 9) escapes to heap
perf_strings_search.go:24:12: ... argument does not escape
perf_strings_search.go:24:34: strings.Split("a--b--c", "--") escapes to heap
perf_strings_search.go:25:13: ... argument does not escape
perf_strings_search.go:25:26: strings.Join([]string{...}, "--") escapes to heap
perf_strings_search.go:25:35: []string{...} does not escape
perf_strings_search.go:25:70: strings.Join(nil, ",") escapes to heap
perf_strings_search.go:25:94: strings.Join([]string{...}, ",") escapes to heap
perf_strings_search.go:25:103: []string{...} does not escape
perf_strings_search.go:26:13: ... argument does not escape
perf_strings_search.go:26:32: strings.ReplaceAll("item1,item2,item", "item", "it") escapes to heap
perf_strings_search.go:27:13: ... argument does not escape
perf_strings_search.go:27:29: strings.Replace("aaaa", "a", "bb", 2) escapes to heap
perf_strings_search.go:27:68: strings.Replace("aaaa", "aa", "b", -1) escapes to heap
perf_strings_search.go:27:108: strings.Replace("abc", "x", "y", -1) escapes to heap
perf_strings_search.go:28:13: ... argument does not escape
perf_strings_search.go:28:29: strings.Replace("abc", "", "-", -1) escapes to heap
perf_strings_search.go:28:66: strings.Replace("abc", "", "-", 2) escapes to heap
perf_strings_search.go:28:102: strings.Replace("abc", "b", "", -1) escapes to heap
perf_strings_search.go:29:13: ... argument does not escape
perf_strings_search.go:29:29: strings.ToUpper("hello, wörld") escapes to heap
perf_strings_search.go:29:63: strings.ToUpper("ALREADY") escapes to heap
perf_strings_search.go:29:91: strings.ToLower("MiXeD") escapes to heap
perf_strings_search.go:29:117: strings.ToLower("lower") escapes to heap
perf_strings_search.go:30:13: ... argument does not escape
perf_strings_search.go:30:31: strings.IndexByte(long, byte(120)) escapes to heap
perf_strings_search.go:30:61: strings.IndexByte(long, byte(255)) escapes to heap
perf_strings_search.go:30:92: strings.IndexByte("", byte(97)) escapes to heap
perf_strings_search.go:30:120: strings.IndexByte("abc", byte(100)) escapes to heap
perf_strings_search.go:31:13: ... argument does not escape
perf_strings_search.go:31:27: strings.Index("", "") escapes to heap
perf_strings_search.go:31:50: strings.Index("abc", "") escapes to heap
perf_strings_search.go:31:76: strings.Index("ab", "abc") escapes to heap
perf_strings_search.go:31:104: strings.Index("xxabcabc", "abc") escapes to heap
perf_strings_search.go:32:13: ... argument does not escape
perf_strings_search.go:32:31: strings.LastIndex("go gopher go", "go") escapes to heap
perf_strings_search.go:32:72: strings.HasPrefix(long, "abcd") escapes to heap
perf_strings_search.go:32:105: strings.HasSuffix(long, "é") escapes to heap
perf_strings_search.go:39:13: ... argument does not escape
perf_strings_search.go:39:17: len(s) escapes to heap
perf_strings_search.go:39:35: strings.Count(s, "ab") escapes to heap
perf_strings_search.go:39:59: strings.Count(s, "b9a") escapes to heap
perf_strings_search.go:39:84: strings.Index(s, "b9ab0") escapes to heap
perf_strings_search.go:39:101: len(strings.Split(s, "9")) escapes to heap
