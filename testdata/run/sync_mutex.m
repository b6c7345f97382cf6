sync_mutex.go:14:7: leaking param: c
sync_mutex.go:14:27: leaking param: key
sync_mutex.go:23:2: moved to heap: c
sync_mutex.go:24:6: moved to heap: wg
sync_mutex.go:34:6: moved to heap: mu
sync_mutex.go:23:36: map[string]int{} escapes to heap
sync_mutex.go:27:6: func literal escapes to heap
sync_mutex.go:33:13: ... argument does not escape
sync_mutex.go:33:17: c.m["k"] escapes to heap
sync_mutex.go:35:13: ... argument does not escape
sync_mutex.go:35:24: (*sync.Mutex).TryLock(mu) escapes to heap
sync_mutex.go:35:38: (*sync.Mutex).TryLock(mu) escapes to heap
