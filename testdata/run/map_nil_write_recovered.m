map_nil_write_recovered.go:12:14: ... argument does not escape
map_nil_write_recovered.go:12:15: isRT escapes to heap
map_nil_write_recovered.go:9:8: func literal does not escape
map_nil_write_recovered.go:15:15: append escapes to heap
