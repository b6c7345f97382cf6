defer_runtime_method.go:16:11: leaking param: wg
defer_runtime_method.go:16:31: leaking param: tag
defer_runtime_method.go:20:60: "deferred WriteString " + tag + "\n" does not escape
defer_runtime_method.go:21:20: "deferred Println" escapes to heap
defer_runtime_method.go:21:40: tag escapes to heap
defer_runtime_method.go:21:45: 1 escapes to heap
defer_runtime_method.go:21:48: 2.5 escapes to heap
defer_runtime_method.go:21:19: ... argument does not escape
defer_runtime_method.go:22:13: ... argument does not escape
defer_runtime_method.go:22:14: "work" escapes to heap
defer_runtime_method.go:22:22: tag escapes to heap
defer_runtime_method.go:26:6: moved to heap: wg
defer_runtime_method.go:38:5: func literal escapes to heap
defer_runtime_method.go:50:13: ... argument does not escape
defer_runtime_method.go:50:14: "locked again" escapes to heap
