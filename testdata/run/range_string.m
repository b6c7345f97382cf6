range_string.go:8:14: ... argument does not escape
range_string.go:8:15: i escapes to heap
range_string.go:8:18: r escapes to heap
range_string.go:8:27: string(r) escapes to heap
range_string.go:8:28: string(r) escapes to heap
range_string.go:12:14: ... argument does not escape
range_string.go:12:15: i escapes to heap
range_string.go:12:18: r escapes to heap
range_string.go:18:13: ... argument does not escape
range_string.go:18:14: n escapes to heap
range_string.go:18:20: 9 escapes to heap
range_string.go:20:12: ... argument does not escape
range_string.go:20:13: i escapes to heap
