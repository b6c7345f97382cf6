loopvar_per_iteration.go:25:6: moved to heap: i
loopvar_per_iteration.go:35:6: moved to heap: i
loopvar_per_iteration.go:8:19: func literal escapes to heap
loopvar_per_iteration.go:8:14: append does not escape
loopvar_per_iteration.go:11:12: ... argument does not escape
loopvar_per_iteration.go:11:14: f() escapes to heap
loopvar_per_iteration.go:11:18: " " escapes to heap
loopvar_per_iteration.go:16:28: []string{...} does not escape
loopvar_per_iteration.go:17:19: func literal escapes to heap
loopvar_per_iteration.go:17:14: append does not escape
loopvar_per_iteration.go:20:12: ... argument does not escape
loopvar_per_iteration.go:20:14: g() escapes to heap
loopvar_per_iteration.go:26:14: append does not escape
loopvar_per_iteration.go:29:12: ... argument does not escape
loopvar_per_iteration.go:29:13: *p escapes to heap
loopvar_per_iteration.go:29:17: " " escapes to heap
loopvar_per_iteration.go:36:19: func literal escapes to heap
loopvar_per_iteration.go:36:14: append does not escape
loopvar_per_iteration.go:40:12: ... argument does not escape
loopvar_per_iteration.go:40:14: h() escapes to heap
loopvar_per_iteration.go:40:18: " " escapes to heap
loopvar_per_iteration.go:42:13: ... argument does not escape
loopvar_per_iteration.go:42:17: len(hs) escapes to heap
