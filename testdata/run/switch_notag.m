switch_notag.go:18:25: []int{...} does not escape
switch_notag.go:19:14: ... argument does not escape
switch_notag.go:19:15: s escapes to heap
switch_notag.go:19:23: grade(s) escapes to heap
switch_notag.go:24:14: ... argument does not escape
switch_notag.go:24:15: "y > 5" escapes to heap
switch_notag.go:28:14: ... argument does not escape
switch_notag.go:28:15: "unreached" escapes to heap
switch_notag.go:30:14: ... argument does not escape
switch_notag.go:30:15: "y > 0" escapes to heap
switch_notag.go:32:13: ... argument does not escape
switch_notag.go:32:14: "end" escapes to heap
