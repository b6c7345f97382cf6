methods_values.go:9:7: v does not escape
methods_values.go:17:7: leaking param content: s
methods_values.go:17:47: append escapes to heap
methods_values.go:20:10: (*Stack).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
methods_values.go:18:7: s does not escape
methods_values.go:23:7: s does not escape
methods_values.go:27:13: ... argument does not escape
methods_values.go:27:14: v escapes to heap
methods_values.go:29:13: ... argument does not escape
methods_values.go:29:14: v escapes to heap
methods_values.go:30:10: v.Add does not escape
methods_values.go:31:13: ... argument does not escape
methods_values.go:31:17: add(Vec{...}) escapes to heap
methods_values.go:33:13: ... argument does not escape
methods_values.go:33:19: scale(Vec{...}, 3) escapes to heap
methods_values.go:38:13: ... argument does not escape
methods_values.go:38:19: Stack.Len(s) escapes to heap
methods_values.go:38:28: (*Stack).Pop(s) escapes to heap
methods_values.go:38:37: (*Stack).Pop(s) escapes to heap
methods_values.go:38:46: Stack.Len(s) escapes to heap
methods_values.go:39:11: s.Push does not escape
methods_values.go:41:13: ... argument does not escape
methods_values.go:41:15: s.items escapes to heap
