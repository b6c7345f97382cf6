rterr_is_runtime_error.go:14:15: ... argument does not escape
rterr_is_runtime_error.go:14:16: "runtime.Error:" escapes to heap
rterr_is_runtime_error.go:14:41: v.Error() escapes to heap
rterr_is_runtime_error.go:16:15: ... argument does not escape
rterr_is_runtime_error.go:16:16: "error:" escapes to heap
rterr_is_runtime_error.go:18:15: ... argument does not escape
rterr_is_runtime_error.go:18:16: "string:" escapes to heap
rterr_is_runtime_error.go:18:27: v escapes to heap
rterr_is_runtime_error.go:20:14: ... argument does not escape
rterr_is_runtime_error.go:9:15: f does not escape
rterr_is_runtime_error.go:10:8: func literal does not escape
rterr_is_runtime_error.go:32:26: "plain string" escapes to heap
rterr_is_runtime_error.go:33:26: 3 escapes to heap
rterr_is_runtime_error.go:29:11: func literal does not escape
rterr_is_runtime_error.go:30:11: func literal does not escape
rterr_is_runtime_error.go:31:11: func literal does not escape
rterr_is_runtime_error.go:32:11: func literal does not escape
rterr_is_runtime_error.go:33:11: func literal does not escape
rterr_is_runtime_error.go:34:11: func literal does not escape
