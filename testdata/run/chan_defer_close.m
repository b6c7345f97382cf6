chan_defer_close.go:9:14: ch does not escape
chan_defer_close.go:23:29: ... argument does not escape
chan_defer_close.go:23:30: "recovered:" escapes to heap
chan_defer_close.go:28:29: ... argument does not escape
chan_defer_close.go:28:30: "recovered:" escapes to heap
chan_defer_close.go:20:14: ... argument does not escape
chan_defer_close.go:20:15: v escapes to heap
chan_defer_close.go:22:2: func literal does not escape
chan_defer_close.go:23:9: func literal does not escape
chan_defer_close.go:27:2: func literal does not escape
chan_defer_close.go:28:9: func literal does not escape
chan_defer_close.go:32:2: func literal does not escape
chan_defer_close.go:39:13: ... argument does not escape
chan_defer_close.go:39:14: v escapes to heap
chan_defer_close.go:39:17: ok escapes to heap
chan_defer_close.go:41:12: ... argument does not escape
chan_defer_close.go:41:24: v escapes to heap
chan_defer_close.go:41:27: ok escapes to heap
