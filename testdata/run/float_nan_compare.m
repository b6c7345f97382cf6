float_nan_compare.go:9:13: ... argument does not escape
float_nan_compare.go:9:18: nan == nan escapes to heap
float_nan_compare.go:9:30: nan != nan escapes to heap
float_nan_compare.go:9:42: nan < one escapes to heap
float_nan_compare.go:9:53: nan > one escapes to heap
float_nan_compare.go:9:64: nan <= one escapes to heap
float_nan_compare.go:9:76: nan >= one escapes to heap
float_nan_compare.go:10:13: ... argument does not escape
float_nan_compare.go:10:14: !(nan < one) escapes to heap
float_nan_compare.go:10:28: !(nan == nan) escapes to heap
float_nan_compare.go:12:14: ... argument does not escape
float_nan_compare.go:12:15: "ordered" escapes to heap
float_nan_compare.go:14:14: ... argument does not escape
float_nan_compare.go:14:15: "unordered" escapes to heap
float_nan_compare.go:16:13: ... argument does not escape
float_nan_compare.go:16:14: nan escapes to heap
float_nan_compare.go:16:19: -nan escapes to heap
float_nan_compare.go:16:28: nan + 1 escapes to heap
float_nan_compare.go:16:35: min(nan, one) escapes to heap
float_nan_compare.go:16:50: max(one, nan) escapes to heap
float_nan_compare.go:18:13: ... argument does not escape
float_nan_compare.go:18:18: inf > 1e+308 escapes to heap
float_nan_compare.go:18:32: -inf < -1e+308 escapes to heap
float_nan_compare.go:18:46: inf == inf escapes to heap
float_nan_compare.go:18:62: inf - inf == inf - inf escapes to heap
float_nan_compare.go:20:13: ... argument does not escape
float_nan_compare.go:20:18: f32 == f32 escapes to heap
float_nan_compare.go:20:30: f32 != f32 escapes to heap
float_nan_compare.go:21:13: ... argument does not escape
float_nan_compare.go:21:18: 0 == -zero escapes to heap
float_nan_compare.go:21:35: 1 / zero == 1 / -zero escapes to heap
