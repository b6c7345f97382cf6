strconv_atoi_errors.go:13:7: moved to heap: ne
strconv_atoi_errors.go:10:28: []string{...} does not escape
strconv_atoi_errors.go:12:14: ... argument does not escape
strconv_atoi_errors.go:12:15: n escapes to heap
strconv_atoi_errors.go:15:15: ... argument does not escape
strconv_atoi_errors.go:15:16: "  func:" escapes to heap
strconv_atoi_errors.go:15:29: ne.Func escapes to heap
strconv_atoi_errors.go:15:36: "num:" escapes to heap
strconv_atoi_errors.go:15:46: ne.Num escapes to heap
strconv_atoi_errors.go:15:52: "err:" escapes to heap
strconv_atoi_errors.go:15:77: errors.Is(err, strconv.ErrRange) escapes to heap
strconv_atoi_errors.go:15:111: errors.Is(err, strconv.ErrSyntax) escapes to heap
strconv_atoi_errors.go:18:13: ... argument does not escape
strconv_atoi_errors.go:18:26: strconv.Itoa(-9876) escapes to heap
strconv_atoi_errors.go:18:47: strconv.Itoa(0) escapes to heap
