rterr_index_unrecovered.go:6:16: []string{...} does not escape
rterr_index_unrecovered.go:8:13: ... argument does not escape
rterr_index_unrecovered.go:8:14: "indexing" escapes to heap
rterr_index_unrecovered.go:8:26: k escapes to heap
rterr_index_unrecovered.go:9:13: ... argument does not escape
rterr_index_unrecovered.go:9:16: xs[k] escapes to heap
