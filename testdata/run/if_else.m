if_else.go:18:25: []int{...} does not escape
if_else.go:19:14: ... argument does not escape
if_else.go:19:15: n escapes to heap
if_else.go:19:26: classify(n) escapes to heap
if_else.go:22:14: ... argument does not escape
if_else.go:22:15: "x big" escapes to heap
if_else.go:22:24: 7 escapes to heap
if_else.go:24:14: ... argument does not escape
if_else.go:24:15: "x small" escapes to heap
if_else.go:24:26: 7 escapes to heap
if_else.go:27:14: ... argument does not escape
if_else.go:27:15: "y big" escapes to heap
if_else.go:27:24: 2 escapes to heap
if_else.go:29:14: ... argument does not escape
if_else.go:29:15: "z is" escapes to heap
if_else.go:29:23: z escapes to heap
if_else.go:29:26: "y is" escapes to heap
if_else.go:29:34: 2 escapes to heap
if_else.go:33:14: ... argument does not escape
if_else.go:33:15: "a and not b" escapes to heap
if_else.go:36:14: ... argument does not escape
if_else.go:36:15: "a or b" escapes to heap
