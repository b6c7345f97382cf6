defer_goto_dead.go:12:11: leaking param: s
defer_goto_dead.go:12:35: append escapes to heap
