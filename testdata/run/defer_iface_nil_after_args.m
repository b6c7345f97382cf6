defer_iface_nil_after_args.go:12:8: func literal does not escape
