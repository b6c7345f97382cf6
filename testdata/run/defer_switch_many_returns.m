defer_switch_many_returns.go:6:8: func literal does not escape
defer_switch_many_returns.go:6:29: "[" + s + "]" escapes to heap
defer_switch_many_returns.go:23:25: []int{...} does not escape
defer_switch_many_returns.go:24:14: ... argument does not escape
defer_switch_many_returns.go:24:15: n escapes to heap
defer_switch_many_returns.go:24:26: classify(n) escapes to heap
