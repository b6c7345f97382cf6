closure_byref.go:7:9: func literal does not escape
closure_byref.go:8:9: func literal does not escape
closure_byref.go:11:13: ... argument does not escape
closure_byref.go:11:14: x escapes to heap
closure_byref.go:11:20: get() escapes to heap
closure_byref.go:13:13: ... argument does not escape
closure_byref.go:13:17: get() escapes to heap
closure_byref.go:15:13: func literal does not escape
closure_byref.go:18:13: ... argument does not escape
closure_byref.go:18:14: s escapes to heap
closure_byref.go:20:12: func literal does not escape
closure_byref.go:22:13: ... argument does not escape
closure_byref.go:22:14: arr escapes to heap
