go_builtins.go:17:13: ... argument does not escape
go_builtins.go:17:14: "closed:" escapes to heap
go_builtins.go:17:25: !ok escapes to heap
go_builtins.go:26:13: make([]int, 3) escapes to heap
go_builtins.go:27:14: []int{...} escapes to heap
go_builtins.go:31:13: ... argument does not escape
go_builtins.go:31:14: "copied:" escapes to heap
go_builtins.go:31:25: dst escapes to heap
go_builtins.go:31:34: src == nil escapes to heap
go_builtins.go:33:21: map[string]int{...} escapes to heap
go_builtins.go:38:13: ... argument does not escape
go_builtins.go:38:14: "deleted:" escapes to heap
go_builtins.go:38:29: len(m) escapes to heap
go_builtins.go:38:35: m["a"] escapes to heap
go_builtins.go:38:43: m["c"] escapes to heap
go_builtins.go:41:20: map[string]int{...} escapes to heap
go_builtins.go:43:13: ... argument does not escape
go_builtins.go:43:14: "cleared the old map:" escapes to heap
go_builtins.go:43:41: len(m) escapes to heap
go_builtins.go:45:15: []string{...} escapes to heap
go_builtins.go:48:12: ... argument does not escape
go_builtins.go:48:36: s escapes to heap
go_builtins.go:52:13: ... argument does not escape
go_builtins.go:52:14: "done" escapes to heap
