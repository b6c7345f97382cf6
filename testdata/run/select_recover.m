select_recover.go:5:11: a does not escape
select_recover.go:5:14: b does not escape
select_recover.go:6:8: func literal does not escape
select_recover.go:8:20: ... argument does not escape
select_recover.go:8:21: "recovered: " escapes to heap
select_recover.go:13:20: ... argument does not escape
select_recover.go:13:21: "a " escapes to heap
select_recover.go:13:27: v escapes to heap
select_recover.go:13:30: ok escapes to heap
select_recover.go:23:13: ... argument does not escape
select_recover.go:23:18: pick(a, b) escapes to heap
select_recover.go:25:13: ... argument does not escape
select_recover.go:25:18: pick(a, b) escapes to heap
select_recover.go:29:13: ... argument does not escape
select_recover.go:29:18: pick(a2, b2) escapes to heap
select_recover.go:31:21: "deferred" escapes to heap
select_recover.go:31:33: i escapes to heap
select_recover.go:31:20: ... argument does not escape
select_recover.go:34:5: func literal escapes to heap
select_recover.go:35:13: ... argument does not escape
select_recover.go:35:14: <-c escapes to heap
