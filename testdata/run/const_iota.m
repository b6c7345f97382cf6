const_iota.go:46:13: ... argument does not escape
const_iota.go:46:14: Weekday(0) escapes to heap
const_iota.go:46:22: Weekday(1) escapes to heap
const_iota.go:46:30: Weekday(2) escapes to heap
const_iota.go:46:39: Weekday(4) escapes to heap
const_iota.go:47:12: ... argument does not escape
const_iota.go:47:21: Weekday(4) escapes to heap
const_iota.go:48:13: ... argument does not escape
const_iota.go:48:14: 1024 escapes to heap
const_iota.go:48:18: 1048576 escapes to heap
const_iota.go:48:22: 1073741824 escapes to heap
const_iota.go:48:26: 1099511627776 escapes to heap
const_iota.go:49:13: ... argument does not escape
const_iota.go:49:14: 0 escapes to heap
const_iota.go:49:17: 0 escapes to heap
const_iota.go:49:20: 1 escapes to heap
const_iota.go:49:23: 10 escapes to heap
const_iota.go:49:26: 2 escapes to heap
const_iota.go:49:29: 20 escapes to heap
const_iota.go:50:13: ... argument does not escape
const_iota.go:50:14: "s" escapes to heap
const_iota.go:50:18: "s" escapes to heap
const_iota.go:50:22: 2 escapes to heap
const_iota.go:50:26: 3 escapes to heap
const_iota.go:51:13: ... argument does not escape
const_iota.go:51:14: Flag(1) escapes to heap
const_iota.go:51:21: Flag(2) escapes to heap
const_iota.go:51:28: Flag(4) escapes to heap
const_iota.go:51:35: Flag(8) escapes to heap
const_iota.go:51:47: Flag(5) escapes to heap
const_iota.go:52:12: ... argument does not escape
const_iota.go:52:26: Flag(8) escapes to heap
const_iota.go:52:44: Flag(11) escapes to heap
