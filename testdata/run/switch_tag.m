switch_tag.go:20:14: ... argument does not escape
switch_tag.go:20:15: d escapes to heap
switch_tag.go:20:22: name(d) escapes to heap
switch_tag.go:22:22: s + "lang" does not escape
switch_tag.go:24:14: ... argument does not escape
switch_tag.go:24:15: "matched golang" escapes to heap
switch_tag.go:26:14: ... argument does not escape
switch_tag.go:26:15: "no" escapes to heap
switch_tag.go:33:14: ... argument does not escape
switch_tag.go:33:15: "only default" escapes to heap
switch_tag.go:36:7: func literal does not escape
switch_tag.go:39:14: ... argument does not escape
switch_tag.go:39:15: "found after" escapes to heap
switch_tag.go:39:30: calls escapes to heap
switch_tag.go:39:37: "calls" escapes to heap
