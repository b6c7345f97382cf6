chan_compare.go:9:13: ... argument does not escape
chan_compare.go:9:16: a == b escapes to heap
chan_compare.go:9:24: a == c escapes to heap
chan_compare.go:9:32: a != b escapes to heap
chan_compare.go:10:26: map[chan int]string{...} does not escape
chan_compare.go:11:13: ... argument does not escape
chan_compare.go:11:15: m[c] escapes to heap
chan_compare.go:11:21: m[b] escapes to heap
chan_compare.go:11:29: len(m) escapes to heap
chan_compare.go:14:13: ... argument does not escape
chan_compare.go:14:16: x == y escapes to heap
chan_compare.go:15:12: ... argument does not escape
chan_compare.go:17:13: ... argument does not escape
chan_compare.go:17:16: r == a escapes to heap
chan_compare.go:19:12: ... argument does not escape
chan_compare.go:22:13: ... argument does not escape
chan_compare.go:22:19: <-cc == a escapes to heap
chan_compare.go:25:14: ... argument does not escape
chan_compare.go:25:15: "string chan" escapes to heap
chan_compare.go:27:14: ... argument does not escape
chan_compare.go:27:15: "int chan" escapes to heap
chan_compare.go:27:29: v == a escapes to heap
