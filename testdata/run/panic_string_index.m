panic_string_index.go:8:13: ... argument does not escape
panic_string_index.go:8:15: s[n - 1] escapes to heap
panic_string_index.go:9:13: ... argument does not escape
panic_string_index.go:9:15: s[n] escapes to heap
