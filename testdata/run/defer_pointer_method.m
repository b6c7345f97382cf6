defer_pointer_method.go:9:7: a does not escape
defer_pointer_method.go:9:22: leaking param: tag
defer_pointer_method.go:10:13: ... argument does not escape
defer_pointer_method.go:10:14: tag escapes to heap
defer_pointer_method.go:10:20: a.total escapes to heap
defer_pointer_method.go:13:7: a does not escape
defer_pointer_method.go:26:13: ... argument does not escape
defer_pointer_method.go:26:14: "body:" escapes to heap
defer_pointer_method.go:26:24: a.total escapes to heap
