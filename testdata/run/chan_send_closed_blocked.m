chan_send_closed_blocked.go:13:5: func literal escapes to heap
chan_send_closed_blocked.go:14:9: func literal does not escape
chan_send_closed_blocked.go:15:15: ... argument does not escape
chan_send_closed_blocked.go:15:16: "sender recovered:" escapes to heap
