sync_atomic_pointer.go:30:6: moved to heap: wg
sync_atomic_pointer.go:31:6: moved to heap: counter
sync_atomic_pointer.go:20:13: ... argument does not escape
sync_atomic_pointer.go:20:21: load() == nil escapes to heap
sync_atomic_pointer.go:21:47: &config{...} escapes to heap
sync_atomic_pointer.go:22:13: ... argument does not escape
sync_atomic_pointer.go:22:14: *load() escapes to heap
sync_atomic_pointer.go:23:53: &config{...} escapes to heap
sync_atomic_pointer.go:24:13: ... argument does not escape
sync_atomic_pointer.go:24:28: (*config)(old).name escapes to heap
sync_atomic_pointer.go:24:41: load().name escapes to heap
sync_atomic_pointer.go:26:13: ... argument does not escape
sync_atomic_pointer.go:26:42: atomic.CompareAndSwapPointer(&current, unsafe.Pointer(c), unsafe.Pointer(&config{...})) escapes to heap
sync_atomic_pointer.go:26:87: &config{...} escapes to heap
sync_atomic_pointer.go:27:13: ... argument does not escape
sync_atomic_pointer.go:27:42: atomic.CompareAndSwapPointer(&current, unsafe.Pointer(c), nil) escapes to heap
sync_atomic_pointer.go:28:13: ... argument does not escape
sync_atomic_pointer.go:28:14: *load() escapes to heap
sync_atomic_pointer.go:31:49: new(int) escapes to heap
sync_atomic_pointer.go:34:6: func literal escapes to heap
sync_atomic_pointer.go:38:13: new(int) escapes to heap
sync_atomic_pointer.go:47:13: ... argument does not escape
sync_atomic_pointer.go:47:14: *(*int)(atomic.LoadPointer(&counter)) escapes to heap
