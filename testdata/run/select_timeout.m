select_timeout.go:12:14: ... argument does not escape
select_timeout.go:12:15: "unexpected" escapes to heap
select_timeout.go:12:29: v escapes to heap
select_timeout.go:14:14: ... argument does not escape
select_timeout.go:14:15: "timed out" escapes to heap
select_timeout.go:17:5: func literal escapes to heap
select_timeout.go:23:14: ... argument does not escape
select_timeout.go:23:15: r escapes to heap
select_timeout.go:25:14: ... argument does not escape
select_timeout.go:25:15: "too slow" escapes to heap
select_timeout.go:28:13: ... argument does not escape
select_timeout.go:28:14: "done" escapes to heap
