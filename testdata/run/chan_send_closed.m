chan_send_closed.go:7:14: ... argument does not escape
chan_send_closed.go:7:15: "recovered:" escapes to heap
chan_send_closed.go:6:8: func literal does not escape
