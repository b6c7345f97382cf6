select_order.go:5:10: leaking param: s
select_order.go:6:13: ... argument does not escape
select_order.go:6:14: "eval" escapes to heap
select_order.go:6:22: s escapes to heap
select_order.go:10:9: leaking param: s
select_order.go:10:19: leaking param: c to result ~r0 level=0
select_order.go:11:13: ... argument does not escape
select_order.go:11:14: "chan" escapes to heap
select_order.go:11:22: s escapes to heap
select_order.go:18:13: make([]int, 3) escapes to heap
select_order.go:21:14: ... argument does not escape
select_order.go:21:15: "sent a" escapes to heap
select_order.go:23:14: ... argument does not escape
select_order.go:23:15: "recv b" escapes to heap
select_order.go:25:13: ... argument does not escape
select_order.go:25:14: <-a escapes to heap
select_order.go:25:19: arr escapes to heap
