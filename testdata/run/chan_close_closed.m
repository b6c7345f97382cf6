chan_close_closed.go:8:13: ... argument does not escape
chan_close_closed.go:8:14: "closed once" escapes to heap
