chan_buffered.go:7:13: ... argument does not escape
chan_buffered.go:7:17: len(ch) escapes to heap
chan_buffered.go:7:26: cap(ch) escapes to heap
chan_buffered.go:10:13: ... argument does not escape
chan_buffered.go:10:17: len(ch) escapes to heap
chan_buffered.go:10:26: cap(ch) escapes to heap
chan_buffered.go:11:13: ... argument does not escape
chan_buffered.go:11:14: <-ch escapes to heap
chan_buffered.go:14:13: ... argument does not escape
chan_buffered.go:14:17: len(ch) escapes to heap
chan_buffered.go:16:14: ... argument does not escape
chan_buffered.go:16:15: <-ch escapes to heap
chan_buffered.go:19:13: ... argument does not escape
chan_buffered.go:19:17: len(nilch) escapes to heap
chan_buffered.go:19:29: cap(nilch) escapes to heap
chan_buffered.go:19:44: nilch == nil escapes to heap
chan_buffered.go:23:13: ... argument does not escape
chan_buffered.go:23:14: v escapes to heap
chan_buffered.go:23:17: ok escapes to heap
