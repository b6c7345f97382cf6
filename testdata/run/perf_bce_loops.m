perf_bce_loops.go:9:12: bs does not escape
perf_bce_loops.go:22:15: ... argument does not escape
perf_bce_loops.go:22:16: "recovered:" escapes to heap
perf_bce_loops.go:19:14: s does not escape
perf_bce_loops.go:20:8: func literal does not escape
perf_bce_loops.go:34:15: ... argument does not escape
perf_bce_loops.go:34:16: "recovered:" escapes to heap
perf_bce_loops.go:31:16: s does not escape
perf_bce_loops.go:32:8: func literal does not escape
perf_bce_loops.go:43:14: s does not escape
perf_bce_loops.go:54:15: ... argument does not escape
perf_bce_loops.go:54:16: "recovered:" escapes to heap
perf_bce_loops.go:51:17: a does not escape
perf_bce_loops.go:51:20: b does not escape
perf_bce_loops.go:52:8: func literal does not escape
perf_bce_loops.go:63:16: s does not escape
perf_bce_loops.go:75:14: []body{...} does not escape
perf_bce_loops.go:76:13: ... argument does not escape
perf_bce_loops.go:76:19: pairs(bs) escapes to heap
perf_bce_loops.go:77:12: []int{...} does not escape
perf_bce_loops.go:78:13: ... argument does not escape
perf_bce_loops.go:78:21: sumUpTo(s, 5) escapes to heap
perf_bce_loops.go:79:13: ... argument does not escape
perf_bce_loops.go:79:21: sumUpTo(s, 7) escapes to heap
perf_bce_loops.go:80:13: ... argument does not escape
perf_bce_loops.go:80:23: fromStart(s, 2) escapes to heap
perf_bce_loops.go:81:13: ... argument does not escape
perf_bce_loops.go:81:23: fromStart(s, -2) escapes to heap
perf_bce_loops.go:82:13: ... argument does not escape
perf_bce_loops.go:82:21: stepTwo(([]byte)("abcdefg")) escapes to heap
perf_bce_loops.go:82:29: ([]byte)("abcdefg") does not escape
perf_bce_loops.go:82:29: zero-copy string->[]byte conversion
perf_bce_loops.go:83:13: ... argument does not escape
perf_bce_loops.go:83:24: otherSlice(s, s[:3]) escapes to heap
perf_bce_loops.go:84:13: ... argument does not escape
perf_bce_loops.go:84:23: shrinking([]int{...}) escapes to heap
perf_bce_loops.go:84:29: []int{...} does not escape
perf_bce_loops.go:89:13: ... argument does not escape
perf_bce_loops.go:89:14: arr escapes to heap
perf_bce_loops.go:94:13: ... argument does not escape
perf_bce_loops.go:94:15: s[idx % 5] escapes to heap
perf_bce_loops.go:95:15: []string{...} does not escape
perf_bce_loops.go:97:14: ... argument does not escape
perf_bce_loops.go:97:16: t[i] escapes to heap
