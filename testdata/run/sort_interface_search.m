sort_interface_search.go:10:7: s does not escape
sort_interface_search.go:11:7: s does not escape
sort_interface_search.go:12:49: byLen.Swap ignoring self-assignment in s[i], s[j] = s[j], s[i]
sort_interface_search.go:12:49: byLen.Swap ignoring self-assignment in s[i], s[j] = s[j], s[i]
sort_interface_search.go:12:7: s does not escape
sort_interface_search.go:15:16: byLen{...} escapes to heap
sort_interface_search.go:16:14: words escapes to heap
sort_interface_search.go:17:13: ... argument does not escape
sort_interface_search.go:17:14: words escapes to heap
sort_interface_search.go:17:34: sort.IsSorted(words) escapes to heap
sort_interface_search.go:17:35: words escapes to heap
sort_interface_search.go:18:25: words escapes to heap
sort_interface_search.go:19:13: ... argument does not escape
sort_interface_search.go:19:19: words[0] escapes to heap
sort_interface_search.go:19:29: words[len(words) - 1] escapes to heap
sort_interface_search.go:20:13: []int{...} does not escape
sort_interface_search.go:21:28: func literal does not escape
sort_interface_search.go:22:13: ... argument does not escape
sort_interface_search.go:22:14: i escapes to heap
sort_interface_search.go:22:19: xs[i] escapes to heap
sort_interface_search.go:23:28: func literal does not escape
sort_interface_search.go:24:13: ... argument does not escape
sort_interface_search.go:24:14: j escapes to heap
sort_interface_search.go:25:33: func literal does not escape
sort_interface_search.go:26:13: ... argument does not escape
sort_interface_search.go:26:14: k escapes to heap
sort_interface_search.go:26:17: found escapes to heap
