fmt_promoted_methods.go:10:7: n does not escape
fmt_promoted_methods.go:10:54: "Name(" + n.s + ")" escapes to heap
fmt_promoted_methods.go:19:53: ... argument does not escape
fmt_promoted_methods.go:19:69: int(c) escapes to heap
fmt_promoted_methods.go:28:23: leaking param: f
fmt_promoted_methods.go:28:60: ... argument does not escape
fmt_promoted_methods.go:28:83: m.cents / 100 escapes to heap
fmt_promoted_methods.go:28:96: m.cents % 100 escapes to heap
fmt_promoted_methods.go:37:7: f does not escape
fmt_promoted_methods.go:37:55: "failure: " + f.msg escapes to heap
fmt_promoted_methods.go:50:2: moved to heap: p
fmt_promoted_methods.go:51:13: ... argument does not escape
fmt_promoted_methods.go:51:14: p escapes to heap
fmt_promoted_methods.go:52:12: ... argument does not escape
fmt_promoted_methods.go:52:32: p escapes to heap
fmt_promoted_methods.go:52:35: p escapes to heap
fmt_promoted_methods.go:52:38: p escapes to heap
fmt_promoted_methods.go:52:41: p escapes to heap
fmt_promoted_methods.go:54:12: ... argument does not escape
fmt_promoted_methods.go:54:25: t escapes to heap
fmt_promoted_methods.go:54:28: t escapes to heap
fmt_promoted_methods.go:55:14: &Money{...} escapes to heap
fmt_promoted_methods.go:56:12: ... argument does not escape
fmt_promoted_methods.go:56:28: pr escapes to heap
fmt_promoted_methods.go:56:32: pr escapes to heap
fmt_promoted_methods.go:56:36: pr escapes to heap
fmt_promoted_methods.go:57:11: &Failure{...} escapes to heap
fmt_promoted_methods.go:58:13: ... argument does not escape
fmt_promoted_methods.go:58:14: op escapes to heap
fmt_promoted_methods.go:59:18: op escapes to heap
fmt_promoted_methods.go:60:13: ... argument does not escape
fmt_promoted_methods.go:61:12: ... argument does not escape
fmt_promoted_methods.go:61:30: Plain{...} escapes to heap
fmt_promoted_methods.go:61:47: []Plain{...} escapes to heap
fmt_promoted_methods.go:61:47: []Plain{...} escapes to heap
