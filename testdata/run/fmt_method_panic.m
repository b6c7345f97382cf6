fmt_method_panic.go:14:47: fmt.Sprintf("S%d", ... argument...) escapes to heap
fmt_method_panic.go:14:47: ... argument does not escape
fmt_method_panic.go:14:56: s.n escapes to heap
fmt_method_panic.go:22:7: p does not escape
fmt_method_panic.go:22:43: "P:" + p.name escapes to heap
fmt_method_panic.go:26:47: ... argument does not escape
fmt_method_panic.go:26:48: "V" escapes to heap
fmt_method_panic.go:26:54: v.x escapes to heap
fmt_method_panic.go:30:36: 42 escapes to heap
fmt_method_panic.go:38:13: ... argument does not escape
fmt_method_panic.go:38:15: S{...} escapes to heap
fmt_method_panic.go:39:12: ... argument does not escape
fmt_method_panic.go:39:34: S{...} escapes to heap
fmt_method_panic.go:39:40: S{...} escapes to heap
fmt_method_panic.go:39:46: S{...} escapes to heap
fmt_method_panic.go:39:52: S{...} escapes to heap
fmt_method_panic.go:39:58: S{...} escapes to heap
fmt_method_panic.go:40:12: ... argument does not escape
fmt_method_panic.go:40:33: S{...} escapes to heap
fmt_method_panic.go:40:39: S{...} escapes to heap
fmt_method_panic.go:41:13: ... argument does not escape
fmt_method_panic.go:41:15: E{} escapes to heap
fmt_method_panic.go:42:12: ... argument does not escape
fmt_method_panic.go:42:28: error(E{}) escapes to heap
fmt_method_panic.go:44:13: ... argument does not escape
fmt_method_panic.go:45:12: ... argument does not escape
fmt_method_panic.go:46:13: ... argument does not escape
fmt_method_panic.go:46:14: &P{...} escapes to heap
fmt_method_panic.go:48:13: ... argument does not escape
fmt_method_panic.go:48:18: V{...} escapes to heap
fmt_method_panic.go:49:12: ... argument does not escape
fmt_method_panic.go:49:23: G{} escapes to heap
fmt_method_panic.go:50:12: ... argument does not escape
fmt_method_panic.go:50:22: G{} escapes to heap
fmt_method_panic.go:51:13: ... argument does not escape
fmt_method_panic.go:51:18: Wrap{...} escapes to heap
fmt_method_panic.go:52:13: ... argument does not escape
fmt_method_panic.go:52:17: []S{...} escapes to heap
fmt_method_panic.go:52:17: []S{...} escapes to heap
fmt_method_panic.go:53:13: ... argument does not escape
fmt_method_panic.go:53:26: map[string]S{...} escapes to heap
fmt_method_panic.go:54:17: ... argument does not escape
fmt_method_panic.go:54:19: S{...} escapes to heap
fmt_method_panic.go:54:25: "after" escapes to heap
fmt_method_panic.go:55:13: ... argument does not escape
fmt_method_panic.go:55:17: len(s) escapes to heap
fmt_method_panic.go:55:22: s escapes to heap
fmt_method_panic.go:56:19: ... argument does not escape
fmt_method_panic.go:56:36: E{} escapes to heap
fmt_method_panic.go:57:13: ... argument does not escape
fmt_method_panic.go:57:33: errors.Unwrap(err) == E{} escapes to heap
fmt_method_panic.go:57:37: E{} does not escape
fmt_method_panic.go:58:13: ... argument does not escape
fmt_method_panic.go:58:14: "still running" escapes to heap
