panic_multiline_msg.go:4:8: "line one\nline two" escapes to heap
