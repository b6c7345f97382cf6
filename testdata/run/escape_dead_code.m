escape_dead_code.go:11:8: func literal does not escape
escape_dead_code.go:18:9: "fail" escapes to heap
escape_dead_code.go:27:8: func literal does not escape
escape_dead_code.go:31:8: "always" escapes to heap
escape_dead_code.go:39:8: func literal does not escape
escape_dead_code.go:53:23: moved to heap: q
escape_dead_code.go:54:8: func literal does not escape
escape_dead_code.go:60:9: func literal escapes to heap
escape_dead_code.go:67:8: func literal does not escape
escape_dead_code.go:71:9: "no" escapes to heap
escape_dead_code.go:78:13: ... argument does not escape
escape_dead_code.go:78:24: afterPanic(false) escapes to heap
escape_dead_code.go:79:13: ... argument does not escape
escape_dead_code.go:79:24: afterPanic(true) escapes to heap
escape_dead_code.go:80:13: ... argument does not escape
escape_dead_code.go:80:26: alwaysPanics() escapes to heap
escape_dead_code.go:81:13: ... argument does not escape
escape_dead_code.go:81:26: deadBranches(4) escapes to heap
escape_dead_code.go:81:43: deadBranches(-3) escapes to heap
escape_dead_code.go:82:13: ... argument does not escape
escape_dead_code.go:82:22: labelled(5) escapes to heap
escape_dead_code.go:82:35: labelled(0) escapes to heap
escape_dead_code.go:83:13: ... argument does not escape
escape_dead_code.go:83:21: bothEnd(true) escapes to heap
escape_dead_code.go:84:13: ... argument does not escape
escape_dead_code.go:84:19: sink == nil escapes to heap
