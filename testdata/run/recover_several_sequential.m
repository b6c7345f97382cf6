recover_several_sequential.go:6:8: func literal does not escape
recover_several_sequential.go:8:20: ... argument does not escape
recover_several_sequential.go:15:25: []int{...} does not escape
recover_several_sequential.go:17:14: ... argument does not escape
recover_several_sequential.go:17:15: q escapes to heap
