sync_map_unhashable_key.go:11:6: moved to heap: m
sync_map_unhashable_key.go:12:10: "k" escapes to heap
sync_map_unhashable_key.go:12:20: []int{...} escapes to heap
sync_map_unhashable_key.go:12:20: []int{...} escapes to heap
sync_map_unhashable_key.go:13:13: ... argument does not escape
sync_map_unhashable_key.go:13:30: (*sync.Map).CompareAndSwap(m, "missing", []int{...}, 2) escapes to heap
sync_map_unhashable_key.go:13:31: "missing" escapes to heap
sync_map_unhashable_key.go:13:47: []int{...} does not escape
sync_map_unhashable_key.go:13:47: []int{...} does not escape
sync_map_unhashable_key.go:13:52: 2 escapes to heap
sync_map_unhashable_key.go:14:14: []int{...} does not escape
sync_map_unhashable_key.go:14:14: []int{...} does not escape
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
