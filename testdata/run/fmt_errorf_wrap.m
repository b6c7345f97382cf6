fmt_errorf_wrap.go:12:7: e does not escape
fmt_errorf_wrap.go:12:55: "bad path " + e.Path escapes to heap
fmt_errorf_wrap.go:25:6: moved to heap: pe
fmt_errorf_wrap.go:15:18: ... argument does not escape
fmt_errorf_wrap.go:15:36: "k" escapes to heap
fmt_errorf_wrap.go:16:18: ... argument does not escape
fmt_errorf_wrap.go:17:13: ... argument does not escape
fmt_errorf_wrap.go:18:13: ... argument does not escape
fmt_errorf_wrap.go:19:13: ... argument does not escape
fmt_errorf_wrap.go:19:32: errors.Unwrap(e2) == e1 escapes to heap
fmt_errorf_wrap.go:19:57: errors.Unwrap(e1) == ErrNotFound escapes to heap
fmt_errorf_wrap.go:20:13: ... argument does not escape
fmt_errorf_wrap.go:20:23: errors.Is(e2, ErrNotFound) escapes to heap
fmt_errorf_wrap.go:21:18: ... argument does not escape
fmt_errorf_wrap.go:22:13: ... argument does not escape
fmt_errorf_wrap.go:22:27: errors.Is(e3, ErrNotFound) escapes to heap
fmt_errorf_wrap.go:22:64: errors.Unwrap(e3) == nil escapes to heap
fmt_errorf_wrap.go:23:18: ... argument does not escape
fmt_errorf_wrap.go:23:50: &PathErr{...} escapes to heap
fmt_errorf_wrap.go:24:13: ... argument does not escape
fmt_errorf_wrap.go:24:27: errors.Is(e4, ErrNotFound) escapes to heap
fmt_errorf_wrap.go:26:13: ... argument does not escape
fmt_errorf_wrap.go:26:23: errors.As(e4, &pe) escapes to heap
fmt_errorf_wrap.go:26:36: pe.Path escapes to heap
fmt_errorf_wrap.go:27:12: ... argument does not escape
fmt_errorf_wrap.go:28:13: ... argument does not escape
fmt_errorf_wrap.go:28:24: ... argument does not escape
fmt_errorf_wrap.go:28:40: "not an error" escapes to heap
