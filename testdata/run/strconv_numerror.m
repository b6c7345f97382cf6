strconv_numerror.go:12:11: leaking param: err
strconv_numerror.go:14:14: ... argument does not escape
strconv_numerror.go:14:15: "  ok" escapes to heap
strconv_numerror.go:18:12: ... argument does not escape
strconv_numerror.go:18:31: ok escapes to heap
strconv_numerror.go:19:12: ... argument does not escape
strconv_numerror.go:19:49: ne.Func escapes to heap
strconv_numerror.go:19:58: ne.Num escapes to heap
strconv_numerror.go:20:13: ... argument does not escape
strconv_numerror.go:20:14: "  " escapes to heap
strconv_numerror.go:20:34: errors.Is(err, strconv.ErrSyntax) escapes to heap
strconv_numerror.go:20:69: errors.Is(err, strconv.ErrRange) escapes to heap
strconv_numerror.go:20:113: errors.Unwrap(err) == ne.Err escapes to heap
strconv_numerror.go:47:6: moved to heap: ne
strconv_numerror.go:49:23: ... argument does not escape
strconv_numerror.go:50:13: ... argument does not escape
strconv_numerror.go:50:23: errors.As(wrapped, &ne) escapes to heap
strconv_numerror.go:50:41: ne.Func escapes to heap
strconv_numerror.go:50:50: ne.Num escapes to heap
strconv_numerror.go:50:65: errors.Is(wrapped, strconv.ErrSyntax) escapes to heap
strconv_numerror.go:51:7: &strconv.NumError{...} escapes to heap
strconv_numerror.go:52:13: ... argument does not escape
strconv_numerror.go:53:12: ... argument does not escape
strconv_numerror.go:53:22: *e escapes to heap
