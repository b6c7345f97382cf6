errors_runtime_sentinels.go:30:15: ... argument does not escape
errors_runtime_sentinels.go:30:16: ok escapes to heap
errors_runtime_sentinels.go:30:22: e == io.EOF escapes to heap
errors_runtime_sentinels.go:30:35: r == any(io.EOF) escapes to heap
errors_runtime_sentinels.go:30:60: errors.Is(e, io.EOF) escapes to heap
errors_runtime_sentinels.go:27:9: func literal does not escape
errors_runtime_sentinels.go:15:17: ... argument does not escape
errors_runtime_sentinels.go:17:13: ... argument does not escape
errors_runtime_sentinels.go:17:19: u == io.EOF escapes to heap
errors_runtime_sentinels.go:17:39: errors.Is(w, io.EOF) escapes to heap
errors_runtime_sentinels.go:17:61: errors.Is(w, strconv.ErrRange) escapes to heap
errors_runtime_sentinels.go:20:13: ... argument does not escape
errors_runtime_sentinels.go:20:14: ok escapes to heap
errors_runtime_sentinels.go:20:20: e == io.EOF escapes to heap
errors_runtime_sentinels.go:20:33: a == any(io.EOF) escapes to heap
errors_runtime_sentinels.go:22:18: ... argument does not escape
errors_runtime_sentinels.go:23:13: ... argument does not escape
errors_runtime_sentinels.go:23:27: errors.Is(w2, strconv.ErrRange) escapes to heap
errors_runtime_sentinels.go:23:60: errors.Is(w2, strconv.ErrSyntax) escapes to heap
errors_runtime_sentinels.go:24:18: ... argument does not escape
errors_runtime_sentinels.go:25:13: ... argument does not escape
errors_runtime_sentinels.go:25:23: errors.Is(j, io.EOF) escapes to heap
errors_runtime_sentinels.go:25:45: errors.Is(j, strconv.ErrSyntax) escapes to heap
errors_runtime_sentinels.go:25:78: errors.Is(j, strconv.ErrRange) escapes to heap
errors_runtime_sentinels.go:26:2: func literal does not escape
errors_runtime_sentinels.go:34:26: map[error]string{...} does not escape
errors_runtime_sentinels.go:35:13: ... argument does not escape
errors_runtime_sentinels.go:35:18: errs[u] escapes to heap
errors_runtime_sentinels.go:35:27: errs[errors.Unwrap(errors.Unwrap(w2))] escapes to heap
