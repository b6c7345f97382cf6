select_default.go:9:14: ... argument does not escape
select_default.go:9:15: "got" escapes to heap
select_default.go:9:22: v escapes to heap
select_default.go:11:14: ... argument does not escape
select_default.go:11:15: "empty" escapes to heap
select_default.go:15:14: ... argument does not escape
select_default.go:15:15: "sent" escapes to heap
select_default.go:17:14: ... argument does not escape
select_default.go:17:15: "full" escapes to heap
select_default.go:21:14: ... argument does not escape
select_default.go:21:15: "sent" escapes to heap
select_default.go:23:14: ... argument does not escape
select_default.go:23:15: "full" escapes to heap
select_default.go:29:14: ... argument does not escape
select_default.go:29:15: "got" escapes to heap
select_default.go:29:22: v escapes to heap
select_default.go:29:25: ok escapes to heap
select_default.go:35:14: ... argument does not escape
select_default.go:35:15: "impossible" escapes to heap
select_default.go:37:14: ... argument does not escape
select_default.go:37:15: "impossible" escapes to heap
select_default.go:39:14: ... argument does not escape
select_default.go:39:15: "nil channels never ready" escapes to heap
select_default.go:43:14: ... argument does not escape
select_default.go:43:15: "only default" escapes to heap
select_default.go:48:14: ... argument does not escape
select_default.go:48:15: "closed" escapes to heap
select_default.go:48:25: x escapes to heap
select_default.go:48:28: ok escapes to heap
select_default.go:50:14: ... argument does not escape
select_default.go:50:15: "unexpected" escapes to heap
