select_basic.go:9:5: func literal escapes to heap
select_basic.go:19:15: ... argument does not escape
select_basic.go:19:16: "a" escapes to heap
select_basic.go:19:21: v escapes to heap
select_basic.go:21:15: ... argument does not escape
select_basic.go:21:16: "b" escapes to heap
select_basic.go:21:21: s escapes to heap
select_basic.go:21:24: ok escapes to heap
select_basic.go:23:15: ... argument does not escape
select_basic.go:23:16: "quit" escapes to heap
