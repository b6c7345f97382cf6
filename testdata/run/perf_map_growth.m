perf_map_growth.go:177:28: ... argument does not escape
perf_map_growth.go:177:29: "recovered:" escapes to heap
perf_map_growth.go:21:11: make(map[int]int) does not escape
perf_map_growth.go:22:17: make([]bool, 5000) does not escape
perf_map_growth.go:41:13: ... argument does not escape
perf_map_growth.go:41:17: len(m) escapes to heap
perf_map_growth.go:41:22: want escapes to heap
perf_map_growth.go:48:13: ... argument does not escape
perf_map_growth.go:48:14: "mismatches:" escapes to heap
perf_map_growth.go:48:29: bad escapes to heap
perf_map_growth.go:51:19: map[int]bool{} does not escape
perf_map_growth.go:55:21: map[int]int{} does not escape
perf_map_growth.go:77:13: ... argument does not escape
perf_map_growth.go:77:14: "old keys missing:" escapes to heap
perf_map_growth.go:77:35: missing escapes to heap
perf_map_growth.go:77:44: "produced twice:" escapes to heap
perf_map_growth.go:77:63: dups escapes to heap
perf_map_growth.go:77:69: "len:" escapes to heap
perf_map_growth.go:77:80: len(g) escapes to heap
perf_map_growth.go:80:18: map[int]int{} does not escape
perf_map_growth.go:90:13: ... argument does not escape
perf_map_growth.go:90:14: "produced:" escapes to heap
perf_map_growth.go:90:27: count escapes to heap
perf_map_growth.go:90:34: "left:" escapes to heap
perf_map_growth.go:90:46: len(d) escapes to heap
perf_map_growth.go:93:21: map[string]int{...} does not escape
perf_map_growth.go:100:17: ... argument does not escape
perf_map_growth.go:100:18: "k" escapes to heap
perf_map_growth.go:100:23: i escapes to heap
perf_map_growth.go:102:33: []string{...} does not escape
perf_map_growth.go:112:13: ... argument does not escape
perf_map_growth.go:112:14: "sum:" escapes to heap
perf_map_growth.go:112:59: sum == 501 || sum == 402 || sum == 303 escapes to heap
perf_map_growth.go:115:22: map[float64]int{} does not escape
perf_map_growth.go:127:13: ... argument does not escape
perf_map_growth.go:127:17: len(f) escapes to heap
perf_map_growth.go:127:22: nans escapes to heap
perf_map_growth.go:127:28: ok escapes to heap
perf_map_growth.go:127:33: f[0] escapes to heap
perf_map_growth.go:137:13: ... argument does not escape
perf_map_growth.go:137:14: "nans after growth:" escapes to heap
perf_map_growth.go:137:36: nans escapes to heap
perf_map_growth.go:137:45: len(f) escapes to heap
perf_map_growth.go:141:22: map[string]int{} does not escape
perf_map_growth.go:145:14: ([]byte)("be") does not escape
perf_map_growth.go:145:14: zero-copy string->[]byte conversion
perf_map_growth.go:146:13: ... argument does not escape
perf_map_growth.go:146:16: wc["to"] escapes to heap
perf_map_growth.go:146:26: wc[string(b)] escapes to heap
perf_map_growth.go:146:34: string(b) does not escape
perf_map_growth.go:146:41: wc["question"] escapes to heap
perf_map_growth.go:146:57: wc["nothing"] escapes to heap
perf_map_growth.go:149:21: map[point]int{} does not escape
perf_map_growth.go:153:22: map[any]int{...} does not escape
perf_map_growth.go:153:23: 1 escapes to heap
perf_map_growth.go:153:29: "1" escapes to heap
perf_map_growth.go:153:37: 1 escapes to heap
perf_map_growth.go:153:50: point{} escapes to heap
perf_map_growth.go:153:63: [2]int{...} escapes to heap
perf_map_growth.go:154:5: 1 escapes to heap
perf_map_growth.go:155:11: [2]int{...} escapes to heap
perf_map_growth.go:156:26: map[[3]byte]string{...} does not escape
perf_map_growth.go:157:20: map[int8]int{...} does not escape
perf_map_growth.go:159:13: ... argument does not escape
perf_map_growth.go:159:16: pm[point{...}] escapes to heap
perf_map_growth.go:159:39: len(pm) escapes to heap
perf_map_growth.go:159:47: im[1] escapes to heap
perf_map_growth.go:159:48: 1 does not escape
perf_map_growth.go:159:54: im["1"] escapes to heap
perf_map_growth.go:159:55: "1" does not escape
perf_map_growth.go:159:63: im[1] escapes to heap
perf_map_growth.go:159:64: 1 does not escape
perf_map_growth.go:159:72: im[point{}] escapes to heap
perf_map_growth.go:159:78: point{} does not escape
perf_map_growth.go:159:85: im[[2]int{...}] escapes to heap
perf_map_growth.go:159:92: [2]int{...} does not escape
perf_map_growth.go:159:103: am[[3]byte{...}] escapes to heap
perf_map_growth.go:159:125: sm[int8(-1)] escapes to heap
perf_map_growth.go:159:133: sm[int8(127)] escapes to heap
perf_map_growth.go:163:13: ... argument does not escape
perf_map_growth.go:163:17: len(m) escapes to heap
perf_map_growth.go:163:23: m[3] escapes to heap
perf_map_growth.go:165:13: ... argument does not escape
perf_map_growth.go:165:17: len(m) escapes to heap
perf_map_growth.go:165:23: m[3] escapes to heap
perf_map_growth.go:168:25: map[string]int{...} escapes to heap
perf_map_growth.go:169:14: make([]string, 0, len(small)) escapes to heap
perf_map_growth.go:171:16: append escapes to heap
perf_map_growth.go:174:13: ... argument does not escape
perf_map_growth.go:174:14: keys escapes to heap
perf_map_growth.go:177:8: func literal does not escape
perf_map_growth.go:178:10: []int{...} escapes to heap
perf_map_growth.go:178:10: []int{...} escapes to heap
