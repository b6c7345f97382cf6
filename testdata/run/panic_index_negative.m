panic_index_negative.go:8:13: ... argument does not escape
panic_index_negative.go:8:15: a[i] escapes to heap
panic_index_negative.go:10:13: ... argument does not escape
panic_index_negative.go:10:15: a[i] escapes to heap
