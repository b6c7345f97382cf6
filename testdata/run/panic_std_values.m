panic_std_values.go:19:10: leaking param: name
panic_std_values.go:19:23: f does not escape
panic_std_values.go:20:8: func literal does not escape
panic_std_values.go:25:13: ... argument does not escape
panic_std_values.go:25:65: name escapes to heap
panic_std_values.go:25:77: isRT escapes to heap
panic_std_values.go:25:83: isErr escapes to heap
panic_std_values.go:25:90: isStr escapes to heap
panic_std_values.go:44:49: ... argument does not escape
panic_std_values.go:51:73: e escapes to heap
panic_std_values.go:52:40: moved to heap: i
panic_std_values.go:53:32: moved to heap: wg
panic_std_values.go:54:39: 5 escapes to heap
panic_std_values.go:54:42: func literal does not escape
panic_std_values.go:55:47: func literal does not escape
panic_std_values.go:59:16: make([]byte, 10) escapes to heap
panic_std_values.go:68:16: data does not escape
panic_std_values.go:68:11: func literal escapes to heap
panic_std_values.go:69:14: ... argument does not escape
panic_std_values.go:69:21: (*bufio.Scanner).Scan(s) escapes to heap
panic_std_values.go:73:16: data does not escape
panic_std_values.go:73:11: func literal escapes to heap
panic_std_values.go:74:14: ... argument does not escape
panic_std_values.go:74:21: (*bufio.Scanner).Scan(s) escapes to heap
panic_std_values.go:76:51: map[any]int{} does not escape
panic_std_values.go:76:62: []int{...} escapes to heap
panic_std_values.go:76:62: []int{...} escapes to heap
panic_std_values.go:78:48: make([]int, n) does not escape
panic_std_values.go:79:46: make(map[int]int, n) does not escape
panic_std_values.go:84:46: []int{} does not escape
panic_std_values.go:84:46: []int{} does not escape
panic_std_values.go:84:55: []int{} does not escape
panic_std_values.go:84:55: []int{} does not escape
panic_std_values.go:85:39: ... argument does not escape
panic_std_values.go:35:16: func literal does not escape
panic_std_values.go:36:24: func literal does not escape
panic_std_values.go:37:21: func literal does not escape
panic_std_values.go:38:21: func literal does not escape
panic_std_values.go:44:21: func literal does not escape
panic_std_values.go:45:19: func literal does not escape
panic_std_values.go:46:21: func literal does not escape
panic_std_values.go:47:20: func literal does not escape
panic_std_values.go:48:19: func literal does not escape
panic_std_values.go:49:21: func literal does not escape
panic_std_values.go:50:21: func literal does not escape
panic_std_values.go:51:24: func literal does not escape
panic_std_values.go:52:27: func literal does not escape
panic_std_values.go:53:19: func literal does not escape
panic_std_values.go:54:19: func literal does not escape
panic_std_values.go:55:22: func literal does not escape
panic_std_values.go:56:23: func literal does not escape
panic_std_values.go:61:22: func literal does not escape
panic_std_values.go:66:27: func literal does not escape
panic_std_values.go:71:23: func literal does not escape
panic_std_values.go:76:26: func literal does not escape
panic_std_values.go:77:21: func literal does not escape
panic_std_values.go:78:22: func literal does not escape
panic_std_values.go:79:20: func literal does not escape
panic_std_values.go:80:18: func literal does not escape
panic_std_values.go:81:21: func literal does not escape
panic_std_values.go:82:20: func literal does not escape
panic_std_values.go:83:16: func literal does not escape
panic_std_values.go:84:17: func literal does not escape
panic_std_values.go:85:16: func literal does not escape
