sync_map_pool.go:32:15: leaking param: k
sync_map_pool.go:32:18: leaking param: v
sync_map_pool.go:39:15: k does not escape
sync_map_pool.go:39:18: v does not escape
sync_map_pool.go:12:6: moved to heap: m
sync_map_pool.go:13:18: "a" does not escape
sync_map_pool.go:14:13: ... argument does not escape
sync_map_pool.go:14:14: "empty load:" escapes to heap
sync_map_pool.go:14:32: ok escapes to heap
sync_map_pool.go:15:10: "a" escapes to heap
sync_map_pool.go:15:15: 1 escapes to heap
sync_map_pool.go:16:10: "b" escapes to heap
sync_map_pool.go:16:15: 2 escapes to heap
sync_map_pool.go:17:31: "a" escapes to heap
sync_map_pool.go:17:36: 100 escapes to heap
sync_map_pool.go:18:13: ... argument does not escape
sync_map_pool.go:18:14: "LoadOrStore a:" escapes to heap
sync_map_pool.go:18:37: loaded escapes to heap
sync_map_pool.go:19:30: "c" escapes to heap
sync_map_pool.go:19:35: 3 escapes to heap
sync_map_pool.go:20:13: ... argument does not escape
sync_map_pool.go:20:14: "LoadOrStore c:" escapes to heap
sync_map_pool.go:20:37: loaded escapes to heap
sync_map_pool.go:21:25: "b" escapes to heap
sync_map_pool.go:21:30: 20 escapes to heap
sync_map_pool.go:22:13: ... argument does not escape
sync_map_pool.go:22:14: "Swap b:" escapes to heap
sync_map_pool.go:22:31: loaded escapes to heap
sync_map_pool.go:23:24: "d" escapes to heap
sync_map_pool.go:23:29: 4 escapes to heap
sync_map_pool.go:24:13: ... argument does not escape
sync_map_pool.go:24:14: "Swap d:" escapes to heap
sync_map_pool.go:24:31: loaded escapes to heap
sync_map_pool.go:25:13: ... argument does not escape
sync_map_pool.go:25:14: "CAS a 1->11:" escapes to heap
sync_map_pool.go:25:46: (*sync.Map).CompareAndSwap(m, "a", 1, 11) escapes to heap
sync_map_pool.go:25:47: "a" escapes to heap
sync_map_pool.go:25:52: 1 does not escape
sync_map_pool.go:25:55: 11 escapes to heap
sync_map_pool.go:25:60: "CAS a 1->12:" escapes to heap
sync_map_pool.go:25:92: (*sync.Map).CompareAndSwap(m, "a", 1, 12) escapes to heap
sync_map_pool.go:25:93: "a" escapes to heap
sync_map_pool.go:25:98: 1 does not escape
sync_map_pool.go:25:101: 12 escapes to heap
sync_map_pool.go:26:13: ... argument does not escape
sync_map_pool.go:26:14: "CAS missing:" escapes to heap
sync_map_pool.go:26:46: (*sync.Map).CompareAndSwap(m, "zz", nil, 1) escapes to heap
sync_map_pool.go:26:47: "zz" escapes to heap
sync_map_pool.go:26:58: 1 escapes to heap
sync_map_pool.go:27:13: ... argument does not escape
sync_map_pool.go:27:14: "CAD c 9:" escapes to heap
sync_map_pool.go:27:44: (*sync.Map).CompareAndDelete(m, "c", 9) escapes to heap
sync_map_pool.go:27:45: "c" does not escape
sync_map_pool.go:27:50: 9 does not escape
sync_map_pool.go:27:54: "CAD c 3:" escapes to heap
sync_map_pool.go:27:84: (*sync.Map).CompareAndDelete(m, "c", 3) escapes to heap
sync_map_pool.go:27:85: "c" does not escape
sync_map_pool.go:27:90: 3 does not escape
sync_map_pool.go:28:30: "d" does not escape
sync_map_pool.go:29:13: ... argument does not escape
sync_map_pool.go:29:14: "LoadAndDelete d:" escapes to heap
sync_map_pool.go:29:37: loaded escapes to heap
sync_map_pool.go:30:11: "nope" does not escape
sync_map_pool.go:32:10: func literal does not escape
sync_map_pool.go:33:33: ... argument does not escape
sync_map_pool.go:33:37: "=" escapes to heap
sync_map_pool.go:33:16: append escapes to heap
sync_map_pool.go:37:13: ... argument does not escape
sync_map_pool.go:37:14: "range:" escapes to heap
sync_map_pool.go:37:24: keys escapes to heap
sync_map_pool.go:39:10: func literal does not escape
sync_map_pool.go:40:13: ... argument does not escape
sync_map_pool.go:40:14: "range stopped after" escapes to heap
sync_map_pool.go:40:37: n escapes to heap
sync_map_pool.go:41:28: struct { x int; y int }{...} escapes to heap
sync_map_pool.go:41:36: "struct key" escapes to heap
sync_map_pool.go:42:34: struct { x int; y int }{...} does not escape
sync_map_pool.go:43:13: ... argument does not escape
sync_map_pool.go:45:17: "a" does not escape
sync_map_pool.go:46:13: ... argument does not escape
sync_map_pool.go:46:14: "after Clear:" escapes to heap
sync_map_pool.go:46:33: ok escapes to heap
sync_map_pool.go:50:2: moved to heap: made
sync_map_pool.go:51:2: moved to heap: p
sync_map_pool.go:55:6: moved to heap: q
sync_map_pool.go:51:22: func literal escapes to heap
sync_map_pool.go:51:60: fmt.Sprint(... argument...) escapes to heap
sync_map_pool.go:51:60: ... argument does not escape
sync_map_pool.go:51:61: "new" escapes to heap
sync_map_pool.go:51:68: made escapes to heap
sync_map_pool.go:52:13: ... argument does not escape
sync_map_pool.go:53:8: "x" escapes to heap
sync_map_pool.go:54:13: ... argument does not escape
sync_map_pool.go:56:13: ... argument does not escape
sync_map_pool.go:56:14: "no New:" escapes to heap
sync_map_pool.go:58:13: ... argument does not escape
sync_map_pool.go:58:14: "nil not kept:" escapes to heap
sync_map_pool.go:62:2: moved to heap: calls
sync_map_pool.go:63:21: func literal escapes to heap
sync_map_pool.go:63:50: ... argument does not escape
sync_map_pool.go:63:51: "once body" escapes to heap
sync_map_pool.go:66:13: ... argument does not escape
sync_map_pool.go:66:14: "calls:" escapes to heap
sync_map_pool.go:66:24: calls escapes to heap
/usr/local/go/src/internal/sync/hashtriemap.go:550:9: &sync.indirect[go.shape.interface {},go.shape.interface {}]{...} escapes to heap
/usr/local/go/src/internal/sync/hashtriemap.go:715:9: "called indirect on entry node" escapes to heap
/usr/local/go/src/internal/sync/hashtriemap.go:708:9: "called entry on non-entry node" escapes to heap
/usr/local/go/src/internal/sync/hashtriemap.go:483:9: func literal escapes to heap
/usr/local/go/src/internal/sync/hashtriemap.go:596:13: new(<node DYNAMICTYPE>) does not escape
/usr/local/go/src/internal/sync/hashtriemap.go:457:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap
/usr/local/go/src/internal/sync/hashtriemap.go:371:9: "called CompareAndDelete when value is not of comparable type" escapes to heap
/usr/local/go/src/internal/sync/hashtriemap.go:376:55: new(<node DYNAMICTYPE>) does not escape
/usr/local/go/src/internal/sync/hashtriemap.go:404:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap
/usr/local/go/src/internal/sync/hashtriemap.go:675:13: new(<node DYNAMICTYPE>) does not escape
/usr/local/go/src/internal/sync/hashtriemap.go:314:55: new(<node DYNAMICTYPE>) does not escape
/usr/local/go/src/internal/sync/hashtriemap.go:319:14: new(<node DYNAMICTYPE>) does not escape
/usr/local/go/src/internal/sync/hashtriemap.go:327:14: new(<node DYNAMICTYPE>) does not escape
/usr/local/go/src/internal/sync/hashtriemap.go:342:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap
/usr/local/go/src/internal/sync/hashtriemap.go:572:9: &sync.entry[go.shape.interface {},go.shape.interface {}]{...} escapes to heap
/usr/local/go/src/internal/sync/hashtriemap.go:283:9: "called CompareAndSwap when value is not of comparable type" escapes to heap
/usr/local/go/src/internal/sync/hashtriemap.go:181:10: "internal/sync.HashTrieMap: ran out of hash bits while inserting (inc... escapes to heap
/usr/local/go/src/internal/sync/hashtriemap.go:231:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap
/usr/local/go/src/internal/sync/hashtriemap.go:586:13: new(<node DYNAMICTYPE>) does not escape
/usr/local/go/src/internal/sync/hashtriemap.go:123:10: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap
/usr/local/go/src/internal/sync/hashtriemap.go:75:15: new(<node DYNAMICTYPE>) does not escape
/usr/local/go/src/internal/sync/hashtriemap.go:82:8: "internal/sync.HashTrieMap: ran out of hash bits while iterating" escapes to heap
/usr/local/go/src/internal/sync/hashtriemap.go:435:22: index bounds check elided
/usr/local/go/src/internal/sync/hashtriemap.go:412:18: index bounds check elided
/usr/local/go/src/internal/sync/hashtriemap.go:350:18: index bounds check elided
/usr/local/go/src/internal/sync/hashtriemap.go:220:22: index bounds check elided
/usr/local/go/src/internal/sync/hashtriemap.go:103:22: index bounds check elided
/usr/local/go/src/internal/sync/hashtriemap.go:73:18: index bounds check elided
