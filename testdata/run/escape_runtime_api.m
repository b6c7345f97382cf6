escape_runtime_api.go:16:8: func literal does not escape
escape_runtime_api.go:20:7: &T{} does not escape
escape_runtime_api.go:36:13: ... argument does not escape
escape_runtime_api.go:36:14: sink escapes to heap
escape_runtime_api.go:36:20: n escapes to heap
escape_runtime_api.go:36:36: after.Mallocs - before.Mallocs escapes to heap
