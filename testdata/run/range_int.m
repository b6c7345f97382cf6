range_int.go:7:12: ... argument does not escape
range_int.go:7:13: i escapes to heap
range_int.go:7:16: " " escapes to heap
range_int.go:12:12: ... argument does not escape
range_int.go:12:13: "hi " escapes to heap
range_int.go:16:14: ... argument does not escape
range_int.go:16:15: "never" escapes to heap
range_int.go:16:24: i escapes to heap
range_int.go:20:13: ... argument does not escape
range_int.go:20:24: i escapes to heap
range_int.go:20:27: i escapes to heap
range_int.go:25:14: ... argument does not escape
range_int.go:25:15: "never" escapes to heap
range_int.go:25:24: i escapes to heap
range_int.go:27:13: ... argument does not escape
range_int.go:27:14: "done" escapes to heap
