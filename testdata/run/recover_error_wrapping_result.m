recover_error_wrapping_result.go:9:13: f does not escape
recover_error_wrapping_result.go:10:8: func literal does not escape
recover_error_wrapping_result.go:14:20: ... argument does not escape
recover_error_wrapping_result.go:16:20: ... argument does not escape
recover_error_wrapping_result.go:18:20: ... argument does not escape
recover_error_wrapping_result.go:33:36: 42 escapes to heap
recover_error_wrapping_result.go:34:6: moved to heap: re
recover_error_wrapping_result.go:29:13: ... argument does not escape
recover_error_wrapping_result.go:29:21: func literal does not escape
recover_error_wrapping_result.go:30:13: ... argument does not escape
recover_error_wrapping_result.go:30:21: func literal does not escape
recover_error_wrapping_result.go:31:16: func literal does not escape
recover_error_wrapping_result.go:32:13: ... argument does not escape
recover_error_wrapping_result.go:32:28: errors.Is(err, errBad) escapes to heap
recover_error_wrapping_result.go:33:13: ... argument does not escape
recover_error_wrapping_result.go:33:21: func literal does not escape
recover_error_wrapping_result.go:35:15: func literal does not escape
recover_error_wrapping_result.go:36:13: ... argument does not escape
recover_error_wrapping_result.go:36:23: errors.As(err, &re) escapes to heap
