defer_dead_switch.go:12:11: leaking param: s
defer_dead_switch.go:12:35: append escapes to heap
