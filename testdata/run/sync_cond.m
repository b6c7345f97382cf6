sync_cond.go:81:9: devirtualizing wl.Lock to *sync.RWMutex
sync_cond.go:83:11: devirtualizing wl.Unlock to *sync.RWMutex
sync_cond.go:12:6: moved to heap: mu
sync_cond.go:14:6: moved to heap: queue
sync_cond.go:15:6: moved to heap: wg
sync_cond.go:18:6: func literal escapes to heap
sync_cond.go:27:15: ... argument does not escape
sync_cond.go:27:16: "worker got" escapes to heap
sync_cond.go:27:30: item escapes to heap
sync_cond.go:32:17: append escapes to heap
sync_cond.go:37:13: ... argument does not escape
sync_cond.go:37:14: "queue empty:" escapes to heap
sync_cond.go:37:41: len(queue) == 0 escapes to heap
sync_cond.go:41:6: moved to heap: mu
sync_cond.go:43:2: moved to heap: ready
sync_cond.go:44:6: moved to heap: wg
sync_cond.go:45:2: moved to heap: woken
sync_cond.go:68:6: moved to heap: rw
sync_cond.go:70:2: moved to heap: flag
sync_cond.go:48:6: func literal escapes to heap
sync_cond.go:64:13: ... argument does not escape
sync_cond.go:64:14: "woken:" escapes to heap
sync_cond.go:64:24: woken escapes to heap
sync_cond.go:72:5: func literal escapes to heap
sync_cond.go:85:13: ... argument does not escape
sync_cond.go:85:14: "rlocker cond woke:" escapes to heap
sync_cond.go:85:36: <-done escapes to heap
