sync_rwmutex.go:9:6: moved to heap: rw
sync_rwmutex.go:10:6: moved to heap: wg
sync_rwmutex.go:11:2: moved to heap: data
sync_rwmutex.go:14:6: func literal escapes to heap
sync_rwmutex.go:20:6: func literal escapes to heap
sync_rwmutex.go:30:13: ... argument does not escape
sync_rwmutex.go:30:14: data escapes to heap
