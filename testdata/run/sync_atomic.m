sync_atomic.go:14:13: ... argument does not escape
sync_atomic.go:14:29: atomic.AddInt32(&i32, int32(-7)) escapes to heap
sync_atomic.go:14:57: atomic.SwapInt32(&i32, int32(9)) escapes to heap
sync_atomic.go:14:68: i32 escapes to heap
sync_atomic.go:15:13: ... argument does not escape
sync_atomic.go:15:40: atomic.CompareAndSwapInt32(&i32, int32(8), int32(1)) escapes to heap
sync_atomic.go:15:80: atomic.CompareAndSwapInt32(&i32, int32(9), int32(1)) escapes to heap
sync_atomic.go:15:110: atomic.LoadInt32(&i32) escapes to heap
sync_atomic.go:18:13: ... argument does not escape
sync_atomic.go:18:29: atomic.AddInt64(&i64, int64(4611686018427387904)) escapes to heap
sync_atomic.go:18:58: atomic.OrInt64(&i64, int64(3)) escapes to heap
sync_atomic.go:18:84: atomic.AndInt64(&i64, int64(6)) escapes to heap
sync_atomic.go:18:95: i64 escapes to heap
sync_atomic.go:20:13: ... argument does not escape
sync_atomic.go:20:30: atomic.AddUint32(&u32, uint32(4294967295)) escapes to heap
sync_atomic.go:20:66: atomic.AddUint32(&u32, uint32(2)) escapes to heap
sync_atomic.go:22:13: ... argument does not escape
sync_atomic.go:22:30: atomic.AddUint64(&u64, uint64(18446744073709551613)) escapes to heap
sync_atomic.go:22:69: atomic.LoadUint64(&u64) escapes to heap
sync_atomic.go:22:94: atomic.SwapUint64(&u64, uint64(1)) escapes to heap
sync_atomic.go:22:105: u64 escapes to heap
sync_atomic.go:24:13: ... argument does not escape
sync_atomic.go:24:30: atomic.OrUintptr(&up, uintptr(1)) escapes to heap
sync_atomic.go:24:57: atomic.AndUintptr(&up, uintptr(1)) escapes to heap
sync_atomic.go:24:95: atomic.CompareAndSwapUintptr(&up, uintptr(1), uintptr(2)) escapes to heap
sync_atomic.go:24:108: up escapes to heap
sync_atomic.go:25:13: ... argument does not escape
sync_atomic.go:25:28: atomic.OrInt32(&i32, int32(6)) escapes to heap
sync_atomic.go:25:55: atomic.AndUint32(&u32, uint32(0)) escapes to heap
sync_atomic.go:25:81: atomic.OrUint64(&u64, uint64(4)) escapes to heap
sync_atomic.go:25:92: u64 escapes to heap
sync_atomic.go:30:13: ... argument does not escape
sync_atomic.go:30:20: (*atomic.Bool).Load(b) escapes to heap
sync_atomic.go:30:30: (*atomic.Bool).Swap(b, true) escapes to heap
sync_atomic.go:30:44: (*atomic.Bool).Load(b) escapes to heap
sync_atomic.go:30:64: (*atomic.Bool).CompareAndSwap(b, false, true) escapes to heap
sync_atomic.go:30:95: (*atomic.Bool).CompareAndSwap(b, true, false) escapes to heap
sync_atomic.go:30:116: (*atomic.Bool).Load(b) escapes to heap
sync_atomic.go:33:13: ... argument does not escape
sync_atomic.go:33:19: (*atomic.Int32).Add(i, int32(1073741824)) escapes to heap
sync_atomic.go:33:33: (*atomic.Int32).Add(i, int32(1073741824)) escapes to heap
sync_atomic.go:33:48: (*atomic.Int32).Load(i) escapes to heap
sync_atomic.go:34:13: ... argument does not escape
sync_atomic.go:34:18: (*atomic.Int32).Or(i, int32(15)) escapes to heap
sync_atomic.go:34:31: (*atomic.Int32).And(i, int32(3)) escapes to heap
sync_atomic.go:34:44: (*atomic.Int32).Swap(i, int32(-1)) escapes to heap
sync_atomic.go:34:66: (*atomic.Int32).CompareAndSwap(i, int32(-1), int32(7)) escapes to heap
sync_atomic.go:34:81: (*atomic.Int32).Load(i) escapes to heap
sync_atomic.go:36:13: ... argument does not escape
sync_atomic.go:36:21: (*atomic.Int64).Add(i64, int64(-1)) escapes to heap
sync_atomic.go:36:35: (*atomic.Int64).Swap(i64, int64(42)) escapes to heap
sync_atomic.go:36:59: (*atomic.Int64).CompareAndSwap(i64, int64(41), int64(0)) escapes to heap
sync_atomic.go:36:76: (*atomic.Int64).Load(i64) escapes to heap
sync_atomic.go:38:13: ... argument does not escape
sync_atomic.go:38:19: (*atomic.Uint32).Add(u, uint32(4294967295)) escapes to heap
sync_atomic.go:38:37: (*atomic.Uint32).Or(u, uint32(240)) escapes to heap
sync_atomic.go:38:50: (*atomic.Uint32).And(u, uint32(255)) escapes to heap
sync_atomic.go:38:64: (*atomic.Uint32).Load(u) escapes to heap
sync_atomic.go:41:13: ... argument does not escape
sync_atomic.go:41:21: (*atomic.Uint64).Add(u64, uint64(4)) escapes to heap
sync_atomic.go:41:34: (*atomic.Uint64).Swap(u64, uint64(0)) escapes to heap
sync_atomic.go:41:57: (*atomic.Uint64).CompareAndSwap(u64, uint64(0), uint64(9)) escapes to heap
sync_atomic.go:41:73: (*atomic.Uint64).Load(u64) escapes to heap
sync_atomic.go:43:13: ... argument does not escape
sync_atomic.go:43:20: (*atomic.Uintptr).Add(up, uintptr(16)) escapes to heap
sync_atomic.go:43:31: (*atomic.Uintptr).Or(up, uintptr(1)) escapes to heap
sync_atomic.go:43:42: (*atomic.Uintptr).And(up, uintptr(16)) escapes to heap
sync_atomic.go:43:57: (*atomic.Uintptr).Load(up) escapes to heap
sync_atomic.go:44:12: ... argument does not escape
sync_atomic.go:44:25: i escapes to heap
sync_atomic.go:44:28: b escapes to heap
sync_atomic.go:63:16: moved to heap: e
sync_atomic.go:63:59: []int{...} escapes to heap
sync_atomic.go:63:59: []int{...} escapes to heap
sync_atomic.go:63:87: []int{...} does not escape
sync_atomic.go:63:87: []int{...} does not escape
sync_atomic.go:63:97: []int{...} escapes to heap
sync_atomic.go:63:97: []int{...} escapes to heap
sync_atomic.go:66:30: ... argument does not escape
sync_atomic.go:66:31: "recovered:" escapes to heap
sync_atomic.go:48:6: moved to heap: v
sync_atomic.go:53:6: moved to heap: w
sync_atomic.go:49:13: ... argument does not escape
sync_atomic.go:49:14: "empty:" escapes to heap
sync_atomic.go:50:10: "a" escapes to heap
sync_atomic.go:51:13: ... argument does not escape
sync_atomic.go:51:31: "b" escapes to heap
sync_atomic.go:52:13: ... argument does not escape
sync_atomic.go:52:30: (*atomic.Value).CompareAndSwap(v, "x", "c") escapes to heap
sync_atomic.go:52:31: "x" does not escape
sync_atomic.go:52:36: "c" escapes to heap
sync_atomic.go:52:58: (*atomic.Value).CompareAndSwap(v, "b", "c") escapes to heap
sync_atomic.go:52:59: "b" does not escape
sync_atomic.go:52:64: "c" escapes to heap
sync_atomic.go:54:13: ... argument does not escape
sync_atomic.go:54:14: "CAS into empty:" escapes to heap
sync_atomic.go:54:49: (*atomic.Value).CompareAndSwap(w, nil, 1) escapes to heap
sync_atomic.go:54:55: 1 escapes to heap
sync_atomic.go:54:85: (*atomic.Value).CompareAndSwap(w, 1, 2) escapes to heap
sync_atomic.go:54:86: 1 does not escape
sync_atomic.go:54:89: 2 escapes to heap
sync_atomic.go:55:28: []func(){...} does not escape
sync_atomic.go:56:3: func literal does not escape
sync_atomic.go:57:3: func literal does not escape
sync_atomic.go:57:20: 1 escapes to heap
sync_atomic.go:58:3: func literal does not escape
sync_atomic.go:59:3: func literal does not escape
sync_atomic.go:59:19: 2.5 escapes to heap
sync_atomic.go:60:3: func literal does not escape
sync_atomic.go:60:29: "c" does not escape
sync_atomic.go:61:3: func literal does not escape
sync_atomic.go:61:29: 1 does not escape
sync_atomic.go:61:32: "d" escapes to heap
sync_atomic.go:62:3: func literal does not escape
sync_atomic.go:62:29: 1 does not escape
sync_atomic.go:62:32: 2 escapes to heap
sync_atomic.go:63:3: func literal does not escape
sync_atomic.go:65:3: func literal does not escape
sync_atomic.go:66:10: func literal does not escape
sync_atomic.go:73:6: moved to heap: n
sync_atomic.go:74:6: moved to heap: hits
sync_atomic.go:75:6: moved to heap: wg
sync_atomic.go:78:6: func literal escapes to heap
sync_atomic.go:87:13: ... argument does not escape
sync_atomic.go:87:14: "counter:" escapes to heap
sync_atomic.go:87:32: (*atomic.Int64).Load(n) escapes to heap
sync_atomic.go:87:52: atomic.LoadInt32(&hits) escapes to heap
