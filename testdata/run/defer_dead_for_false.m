defer_dead_for_false.go:11:11: leaking param: s
defer_dead_for_false.go:11:35: append escapes to heap
defer_dead_for_false.go:13:11: s does not escape
defer_dead_for_false.go:14:15: "cond " + s escapes to heap
