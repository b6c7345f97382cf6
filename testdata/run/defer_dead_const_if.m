defer_dead_const_if.go:13:11: leaking param: s
defer_dead_const_if.go:13:37: append escapes to heap
defer_dead_const_if.go:15:11: s does not escape
defer_dead_const_if.go:16:15: "side " + s escapes to heap
defer_dead_const_if.go:98:8: func literal does not escape
