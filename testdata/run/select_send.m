select_send.go:5:10: c does not escape
select_send.go:5:24: quit does not escape
select_send.go:12:15: ... argument does not escape
select_send.go:12:16: "quit" escapes to heap
select_send.go:21:5: func literal escapes to heap
select_send.go:23:15: ... argument does not escape
select_send.go:23:16: <-c escapes to heap
