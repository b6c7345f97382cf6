method_value_binding.go:8:7: t does not escape
method_value_binding.go:12:10: v.Val does not escape
method_value_binding.go:13:10: v.Ptr does not escape
method_value_binding.go:15:13: ... argument does not escape
method_value_binding.go:15:17: val() escapes to heap
method_value_binding.go:15:24: ptr() escapes to heap
method_value_binding.go:15:33: T.Val(v) escapes to heap
method_value_binding.go:16:7: &T{...} does not escape
method_value_binding.go:17:9: p.Val does not escape
method_value_binding.go:19:13: ... argument does not escape
method_value_binding.go:19:16: pv() escapes to heap
method_value_binding.go:19:25: T.Val(p) escapes to heap
method_value_binding.go:20:20: []func() int{} does not escape
method_value_binding.go:21:23: []T{...} does not escape
method_value_binding.go:22:20: t.Val escapes to heap
method_value_binding.go:22:14: append does not escape
method_value_binding.go:25:14: ... argument does not escape
method_value_binding.go:25:16: f() escapes to heap
