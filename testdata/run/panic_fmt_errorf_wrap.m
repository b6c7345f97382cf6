panic_fmt_errorf_wrap.go:11:19: ... argument does not escape
panic_fmt_errorf_wrap.go:11:51: "cfg.json" escapes to heap
panic_fmt_errorf_wrap.go:11:63: 3 escapes to heap
panic_fmt_errorf_wrap.go:12:13: ... argument does not escape
panic_fmt_errorf_wrap.go:12:23: errors.Is(err, ErrBase) escapes to heap
