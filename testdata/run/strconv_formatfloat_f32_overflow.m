strconv_formatfloat_f32_overflow.go:14:19: []float64{...} does not escape
strconv_formatfloat_f32_overflow.go:24:13: ... argument does not escape
strconv_formatfloat_f32_overflow.go:24:21: v escapes to heap
strconv_formatfloat_f32_overflow.go:25:30: []byte{...} does not escape
strconv_formatfloat_f32_overflow.go:26:30: []int{...} does not escape
strconv_formatfloat_f32_overflow.go:27:15: ... argument does not escape
strconv_formatfloat_f32_overflow.go:27:42: strconv.FormatFloat(v, verb, prec, 32) escapes to heap
strconv_formatfloat_f32_overflow.go:31:14: ... argument does not escape
strconv_formatfloat_f32_overflow.go:31:21: string(strconv.AppendFloat(([]byte)("append:"), v, byte(103), -1, 32)) escapes to heap
strconv_formatfloat_f32_overflow.go:31:41: string(strconv.AppendFloat(([]byte)("append:"), v, byte(103), -1, 32)) escapes to heap
strconv_formatfloat_f32_overflow.go:31:49: ([]byte)("append:") does not escape
strconv_formatfloat_f32_overflow.go:34:13: ... argument does not escape
strconv_formatfloat_f32_overflow.go:34:14: float32(3.40282e+38) escapes to heap
strconv_formatfloat_f32_overflow.go:34:22: f32 * float32(2) escapes to heap
strconv_formatfloat_f32_overflow.go:34:30: -f32 * float32(2) escapes to heap
strconv_formatfloat_f32_overflow.go:34:53: strconv.FormatFloat(float64(f32 * float32(2)), byte(101), 3, 32) escapes to heap
