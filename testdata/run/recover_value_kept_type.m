recover_value_kept_type.go:10:50: ... argument does not escape
recover_value_kept_type.go:10:51: "myerr " escapes to heap
recover_value_kept_type.go:10:62: e.code escapes to heap
recover_value_kept_type.go:14:12: f does not escape
recover_value_kept_type.go:15:8: func literal does not escape
recover_value_kept_type.go:21:33: MyErr{...} escapes to heap
recover_value_kept_type.go:27:37: ... argument does not escape
recover_value_kept_type.go:21:13: func literal does not escape
recover_value_kept_type.go:23:14: ... argument does not escape
recover_value_kept_type.go:23:15: "MyErr with code" escapes to heap
recover_value_kept_type.go:23:35: e.code escapes to heap
recover_value_kept_type.go:25:12: func literal does not escape
recover_value_kept_type.go:26:13: ... argument does not escape
recover_value_kept_type.go:26:16: r == sentinel escapes to heap
recover_value_kept_type.go:26:39: r.(error) == sentinel escapes to heap
recover_value_kept_type.go:27:12: func literal does not escape
recover_value_kept_type.go:28:13: ... argument does not escape
recover_value_kept_type.go:28:23: errors.Is(r.(error), sentinel) escapes to heap
recover_value_kept_type.go:29:12: func literal does not escape
recover_value_kept_type.go:30:13: ... argument does not escape
recover_value_kept_type.go:30:16: r == nil escapes to heap
