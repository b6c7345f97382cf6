map_nil_write_panic.go:7:20: "deferred print runs first" escapes to heap
map_nil_write_panic.go:7:19: ... argument does not escape
