chan_close_range.go:13:35: ... argument does not escape
chan_close_range.go:13:36: "p" escapes to heap
chan_close_range.go:13:41: i escapes to heap
chan_close_range.go:17:14: ... argument does not escape
chan_close_range.go:17:16: p.x escapes to heap
chan_close_range.go:17:21: p.y escapes to heap
chan_close_range.go:17:26: p.name escapes to heap
chan_close_range.go:20:13: ... argument does not escape
chan_close_range.go:20:14: p escapes to heap
chan_close_range.go:20:17: ok escapes to heap
chan_close_range.go:22:12: ... argument does not escape
chan_close_range.go:22:22: p escapes to heap
chan_close_range.go:24:5: func literal escapes to heap
chan_close_range.go:25:9: func literal does not escape
chan_close_range.go:26:14: ... argument does not escape
chan_close_range.go:26:15: "worker" escapes to heap
chan_close_range.go:30:13: ... argument does not escape
chan_close_range.go:30:14: "done" escapes to heap
chan_close_range.go:30:22: ok escapes to heap
chan_close_range.go:35:13: ... argument does not escape
chan_close_range.go:35:14: n escapes to heap
