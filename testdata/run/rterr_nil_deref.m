rterr_nil_deref.go:13:10: name does not escape
rterr_nil_deref.go:13:23: f does not escape
rterr_nil_deref.go:14:8: func literal does not escape
rterr_nil_deref.go:17:14: ... argument does not escape
rterr_nil_deref.go:17:19: name + ":" escapes to heap
rterr_nil_deref.go:17:19: name + ":" escapes to heap
rterr_nil_deref.go:17:25: ok escapes to heap
rterr_nil_deref.go:29:29: &Node{...} does not escape
rterr_nil_deref.go:29:55: ... argument does not escape
rterr_nil_deref.go:29:62: l.next.val escapes to heap
rterr_nil_deref.go:34:7: n does not escape
rterr_nil_deref.go:26:14: func literal does not escape
rterr_nil_deref.go:27:15: func literal does not escape
rterr_nil_deref.go:28:15: func literal does not escape
rterr_nil_deref.go:28:35: ... argument does not escape
rterr_nil_deref.go:28:37: n.val escapes to heap
rterr_nil_deref.go:29:15: func literal does not escape
rterr_nil_deref.go:30:25: func literal does not escape
rterr_nil_deref.go:31:23: func literal does not escape
