errors_custom_is_unwrap.go:10:7: e does not escape
errors_custom_is_unwrap.go:10:58: "not found: " + e.Key escapes to heap
errors_custom_is_unwrap.go:13:7: e does not escape
errors_custom_is_unwrap.go:13:23: target does not escape
errors_custom_is_unwrap.go:23:7: leaking param: w
errors_custom_is_unwrap.go:23:55: w.msg + ": " + w.err.Error() escapes to heap
errors_custom_is_unwrap.go:24:7: leaking param: w to result ~r0 level=0
errors_custom_is_unwrap.go:30:6: moved to heap: nf
errors_custom_is_unwrap.go:34:6: moved to heap: w
errors_custom_is_unwrap.go:27:33: Wrapper{...} escapes to heap
errors_custom_is_unwrap.go:27:43: &NotFound{...} escapes to heap
errors_custom_is_unwrap.go:28:13: ... argument does not escape
errors_custom_is_unwrap.go:28:14: err escapes to heap
errors_custom_is_unwrap.go:29:13: ... argument does not escape
errors_custom_is_unwrap.go:29:23: errors.Is(err, &NotFound{...}) escapes to heap
errors_custom_is_unwrap.go:29:24: err escapes to heap
errors_custom_is_unwrap.go:29:29: &NotFound{...} escapes to heap
errors_custom_is_unwrap.go:31:15: err escapes to heap
errors_custom_is_unwrap.go:32:14: ... argument does not escape
errors_custom_is_unwrap.go:32:15: "as:" escapes to heap
errors_custom_is_unwrap.go:32:24: nf.Key escapes to heap
errors_custom_is_unwrap.go:35:13: ... argument does not escape
errors_custom_is_unwrap.go:35:23: errors.As(err, &w) escapes to heap
errors_custom_is_unwrap.go:35:24: err escapes to heap
errors_custom_is_unwrap.go:35:35: w.msg escapes to heap
errors_custom_is_unwrap.go:36:17: error(err) escapes to heap
errors_custom_is_unwrap.go:38:13: ... argument does not escape
