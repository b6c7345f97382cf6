gc_precise_heap.go:18:11: leaking param: p
gc_precise_heap.go:19:18: ... argument does not escape
gc_precise_heap.go:25:12: leaking param: name
gc_precise_heap.go:26:7: &obj{} escapes to heap
gc_precise_heap.go:27:26: func literal escapes to heap
gc_precise_heap.go:72:25: leaking param: p
gc_precise_heap.go:73:7: func literal escapes to heap
gc_precise_heap.go:74:11: func literal escapes to heap
gc_precise_heap.go:51:18: make(map[string]bool) escapes to heap
gc_precise_heap.go:52:15: make(map[int]uintptr) escapes to heap
gc_precise_heap.go:53:14: make(map[string]struct { p *obj; n uintptr }) escapes to heap
gc_precise_heap.go:58:14: new(int) escapes to heap
gc_precise_heap.go:67:19: []uintptr{...} escapes to heap
gc_precise_heap.go:68:15: []*obj{...} escapes to heap
gc_precise_heap.go:96:31: []string{...} does not escape
gc_precise_heap.go:101:14: ... argument does not escape
gc_precise_heap.go:101:15: name escapes to heap
gc_precise_heap.go:101:30: finalized[name] escapes to heap
gc_precise_heap.go:103:13: ... argument does not escape
gc_precise_heap.go:103:17: len(ch) escapes to heap
gc_precise_heap.go:103:26: len(live) escapes to heap
gc_precise_heap.go:103:37: len(byAddr) escapes to heap
gc_precise_heap.go:103:50: len(mixed) escapes to heap
gc_precise_heap.go:103:62: len(slice) escapes to heap
gc_precise_heap.go:103:74: len(ptrs) escapes to heap
gc_precise_heap.go:103:87: fn() != uintptr(0) escapes to heap
gc_precise_heap.go:103:102: keepFn() != nil escapes to heap
gc_precise_heap.go:103:110: *pair.p escapes to heap
