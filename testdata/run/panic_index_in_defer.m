panic_index_in_defer.go:6:12: []int{...} does not escape
panic_index_in_defer.go:8:8: func literal does not escape
panic_index_in_defer.go:9:14: ... argument does not escape
panic_index_in_defer.go:9:15: "deferred code indexes out of range" escapes to heap
panic_index_in_defer.go:12:13: ... argument does not escape
panic_index_in_defer.go:12:14: "body returns normally" escapes to heap
