panic_string_msg.go:7:9: "n too large" escapes to heap
panic_string_msg.go:9:13: ... argument does not escape
panic_string_msg.go:9:14: "ok" escapes to heap
panic_string_msg.go:9:20: n escapes to heap
