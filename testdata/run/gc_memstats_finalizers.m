gc_memstats_finalizers.go:25:12: leaking param content: keep
gc_memstats_finalizers.go:25:12: leaking param: keep to result ~r0 level=0
gc_memstats_finalizers.go:27:8: &T{} escapes to heap
gc_memstats_finalizers.go:30:17: append escapes to heap
gc_memstats_finalizers.go:41:32: t does not escape
gc_memstats_finalizers.go:39:8: &T{} escapes to heap
gc_memstats_finalizers.go:41:27: func literal escapes to heap
gc_memstats_finalizers.go:51:13: ... argument does not escape
gc_memstats_finalizers.go:51:14: "collected:" escapes to heap
gc_memstats_finalizers.go:51:36: m.NumGC > before escapes to heap
gc_memstats_finalizers.go:52:13: ... argument does not escape
gc_memstats_finalizers.go:52:14: "live heap under 8 MB:" escapes to heap
gc_memstats_finalizers.go:52:51: m.HeapAlloc < uint64(8388608) escapes to heap
gc_memstats_finalizers.go:52:68: m.Alloc == m.HeapAlloc escapes to heap
gc_memstats_finalizers.go:53:13: ... argument does not escape
gc_memstats_finalizers.go:53:14: "objects:" escapes to heap
gc_memstats_finalizers.go:53:36: m.Mallocs >= m.Frees escapes to heap
gc_memstats_finalizers.go:53:62: m.HeapObjects == m.Mallocs - m.Frees escapes to heap
gc_memstats_finalizers.go:54:13: ... argument does not escape
gc_memstats_finalizers.go:54:14: "totals:" escapes to heap
gc_memstats_finalizers.go:54:38: m.TotalAlloc >= uint64(14400000) escapes to heap
gc_memstats_finalizers.go:54:58: m.Sys >= m.HeapAlloc escapes to heap
gc_memstats_finalizers.go:55:13: ... argument does not escape
gc_memstats_finalizers.go:55:14: "SetGCPercent:" escapes to heap
gc_memstats_finalizers.go:55:49: debug.SetGCPercent(50) escapes to heap
gc_memstats_finalizers.go:55:73: debug.SetGCPercent(100) escapes to heap
gc_memstats_finalizers.go:58:22: map[int]bool{} does not escape
gc_memstats_finalizers.go:65:16: ... argument does not escape
gc_memstats_finalizers.go:65:17: "finalizer ran twice:" escapes to heap
gc_memstats_finalizers.go:65:41: v escapes to heap
gc_memstats_finalizers.go:70:13: ... argument does not escape
gc_memstats_finalizers.go:70:14: "finalizers: at least 8 of 10:" escapes to heap
gc_memstats_finalizers.go:70:57: len(seen) >= 8 escapes to heap
gc_memstats_finalizers.go:72:13: ... argument does not escape
gc_memstats_finalizers.go:72:14: "forced:" escapes to heap
gc_memstats_finalizers.go:72:39: m.NumForcedGC >= uint32(1) escapes to heap
gc_memstats_finalizers.go:72:60: m.PauseTotalNs > uint64(0) escapes to heap
gc_memstats_finalizers.go:74:20: keep does not escape
gc_memstats_finalizers.go:75:13: ... argument does not escape
gc_memstats_finalizers.go:75:17: len(keep) escapes to heap
gc_memstats_finalizers.go:75:36: keep[199].n[0] escapes to heap
