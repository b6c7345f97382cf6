recover_returns_value.go:8:13: ... argument does not escape
recover_returns_value.go:5:10: leaking param: v
recover_returns_value.go:6:8: func literal does not escape
recover_returns_value.go:16:6: "text" escapes to heap
recover_returns_value.go:17:6: 42 escapes to heap
recover_returns_value.go:18:6: 3.5 escapes to heap
recover_returns_value.go:19:10: Code(404) escapes to heap
recover_returns_value.go:20:11: []int{...} escapes to heap
recover_returns_value.go:20:11: []int{...} escapes to heap
recover_returns_value.go:21:24: struct { A int; B int }{...} escapes to heap
recover_returns_value.go:23:6: true escapes to heap
