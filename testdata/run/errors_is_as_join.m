errors_is_as_join.go:13:53: ... argument does not escape
errors_is_as_join.go:13:66: e.Code escapes to heap
errors_is_as_join.go:19:6: moved to heap: ce
errors_is_as_join.go:16:18: ... argument does not escape
errors_is_as_join.go:16:37: CodeErr{...} escapes to heap
errors_is_as_join.go:17:12: ... argument does not escape
errors_is_as_join.go:17:28: j.Error() escapes to heap
errors_is_as_join.go:18:13: ... argument does not escape
errors_is_as_join.go:18:23: errors.Is(j, ErrA) escapes to heap
errors_is_as_join.go:18:43: errors.Is(j, ErrB) escapes to heap
errors_is_as_join.go:20:13: ... argument does not escape
errors_is_as_join.go:20:23: errors.As(j, &ce) escapes to heap
errors_is_as_join.go:20:35: ce.Code escapes to heap
errors_is_as_join.go:21:13: ... argument does not escape
errors_is_as_join.go:21:36: errors.Join(... argument...) == nil escapes to heap
errors_is_as_join.go:21:25: ... argument does not escape
errors_is_as_join.go:21:61: errors.Unwrap(j) == nil escapes to heap
errors_is_as_join.go:22:17: ... argument does not escape
errors_is_as_join.go:23:13: ... argument does not escape
errors_is_as_join.go:23:26: errors.Is(w, ErrA) escapes to heap
errors_is_as_join.go:24:13: ... argument does not escape
errors_is_as_join.go:24:19: ErrA == errors.New("error A") escapes to heap
errors_is_as_join.go:24:54: errors.Is(ErrA, errors.New("error A")) escapes to heap
errors_is_as_join.go:25:13: ... argument does not escape
errors_is_as_join.go:25:23: errors.Is(nil, nil) escapes to heap
errors_is_as_join.go:25:44: errors.Is(nil, ErrA) escapes to heap
errors_is_as_join.go:25:66: errors.Is(ErrA, nil) escapes to heap
