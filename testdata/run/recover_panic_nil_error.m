recover_panic_nil_error.go:11:13: ... argument does not escape
recover_panic_nil_error.go:13:14: ... argument does not escape
recover_panic_nil_error.go:13:15: ok escapes to heap
recover_panic_nil_error.go:13:28: err.Error() escapes to heap
recover_panic_nil_error.go:15:14: ... argument does not escape
recover_panic_nil_error.go:15:15: "runtime.Error:" escapes to heap
recover_panic_nil_error.go:15:33: isRT escapes to heap
recover_panic_nil_error.go:17:14: ... argument does not escape
recover_panic_nil_error.go:17:15: ok escapes to heap
recover_panic_nil_error.go:17:27: (*runtime.PanicNilError).Error(pn) escapes to heap
recover_panic_nil_error.go:9:8: func literal does not escape
