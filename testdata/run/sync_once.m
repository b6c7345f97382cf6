sync_once.go:14:13: ... argument does not escape
sync_once.go:14:14: "loading config" escapes to heap
sync_once.go:15:28: map[string]string{...} escapes to heap
sync_once.go:18:10: leaking param: wg
sync_once.go:18:38: out does not escape
sync_once.go:36:29: ... argument does not escape
sync_once.go:36:30: "recovered:" escapes to heap
sync_once.go:37:23: "first call panics" escapes to heap
sync_once.go:39:27: ... argument does not escape
sync_once.go:39:28: "never: Once is done after a panic" escapes to heap
sync_once.go:25:6: moved to heap: wg
sync_once.go:34:6: moved to heap: o
sync_once.go:26:13: make([]string, 5) escapes to heap
sync_once.go:32:13: ... argument does not escape
sync_once.go:32:14: out escapes to heap
sync_once.go:35:2: func literal does not escape
sync_once.go:36:9: func literal does not escape
sync_once.go:37:8: func literal does not escape
sync_once.go:39:7: func literal does not escape
