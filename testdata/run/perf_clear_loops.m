perf_clear_loops.go:10:14: []bool{...} escapes to heap
perf_clear_loops.go:14:13: ... argument does not escape
perf_clear_loops.go:14:14: bs escapes to heap
perf_clear_loops.go:15:13: []int{...} escapes to heap
perf_clear_loops.go:19:13: ... argument does not escape
perf_clear_loops.go:19:14: is escapes to heap
perf_clear_loops.go:20:17: []float64{...} escapes to heap
perf_clear_loops.go:24:13: ... argument does not escape
perf_clear_loops.go:24:14: fs escapes to heap
perf_clear_loops.go:32:13: ... argument does not escape
perf_clear_loops.go:32:14: arr escapes to heap
perf_clear_loops.go:33:14: []pair{...} escapes to heap
perf_clear_loops.go:37:13: ... argument does not escape
perf_clear_loops.go:37:14: ps escapes to heap
perf_clear_loops.go:42:13: ... argument does not escape
perf_clear_loops.go:42:17: len(empty) escapes to heap
perf_clear_loops.go:42:32: empty == nil escapes to heap
perf_clear_loops.go:43:15: []int{...} escapes to heap
perf_clear_loops.go:47:13: ... argument does not escape
perf_clear_loops.go:47:14: ones escapes to heap
perf_clear_loops.go:48:13: make([]byte, 1048576) escapes to heap
perf_clear_loops.go:59:13: ... argument does not escape
perf_clear_loops.go:59:14: sum escapes to heap
perf_clear_loops.go:60:16: []*int{...} does not escape
perf_clear_loops.go:60:20: new(int) does not escape
perf_clear_loops.go:60:30: new(int) does not escape
perf_clear_loops.go:64:13: ... argument does not escape
perf_clear_loops.go:64:22: ptrs[0] == nil escapes to heap
perf_clear_loops.go:64:38: ptrs[1] == nil escapes to heap
perf_clear_loops.go:69:13: ... argument does not escape
perf_clear_loops.go:69:14: is escapes to heap
perf_clear_loops.go:69:18: n escapes to heap
