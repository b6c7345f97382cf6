scope_shadowing.go:8:13: ... argument does not escape
scope_shadowing.go:8:14: x escapes to heap
scope_shadowing.go:10:13: ... argument does not escape
scope_shadowing.go:10:14: 1 escapes to heap
scope_shadowing.go:13:14: ... argument does not escape
scope_shadowing.go:13:15: 2.5 escapes to heap
scope_shadowing.go:16:15: ... argument does not escape
scope_shadowing.go:16:16: "inner" escapes to heap
scope_shadowing.go:18:14: ... argument does not escape
scope_shadowing.go:18:15: 2.5 escapes to heap
scope_shadowing.go:21:14: ... argument does not escape
scope_shadowing.go:21:15: "if" escapes to heap
scope_shadowing.go:21:21: x escapes to heap
scope_shadowing.go:24:14: ... argument does not escape
scope_shadowing.go:24:15: "for" escapes to heap
scope_shadowing.go:24:22: x escapes to heap
scope_shadowing.go:26:13: ... argument does not escape
scope_shadowing.go:26:14: 1 escapes to heap
scope_shadowing.go:29:13: ... argument does not escape
scope_shadowing.go:29:14: 1 escapes to heap
scope_shadowing.go:29:17: b escapes to heap
scope_shadowing.go:29:20: 4 escapes to heap
