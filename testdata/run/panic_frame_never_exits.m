panic_frame_never_exits.go:8:31: append escapes to heap
panic_frame_never_exits.go:9:31: append escapes to heap
panic_frame_never_exits.go:8:8: func literal does not escape
panic_frame_never_exits.go:9:8: func literal does not escape
panic_frame_never_exits.go:12:10: i escapes to heap
panic_frame_never_exits.go:18:8: func literal does not escape
panic_frame_never_exits.go:20:35: ... argument does not escape
panic_frame_never_exits.go:20:36: "caller recovered " escapes to heap
panic_frame_never_exits.go:20:17: append escapes to heap
panic_frame_never_exits.go:27:13: ... argument does not escape
panic_frame_never_exits.go:27:20: caller() escapes to heap
panic_frame_never_exits.go:29:14: ... argument does not escape
panic_frame_never_exits.go:29:15: s escapes to heap
