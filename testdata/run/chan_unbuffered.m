chan_unbuffered.go:5:13: in does not escape
chan_unbuffered.go:5:28: out does not escape
chan_unbuffered.go:18:14: ... argument does not escape
chan_unbuffered.go:18:15: <-out escapes to heap
chan_unbuffered.go:22:13: ... argument does not escape
chan_unbuffered.go:22:14: v escapes to heap
chan_unbuffered.go:22:17: ok escapes to heap
