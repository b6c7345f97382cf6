chan_deadlock.go:7:13: ... argument does not escape
chan_deadlock.go:7:14: "waiting" escapes to heap
