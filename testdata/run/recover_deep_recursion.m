recover_deep_recursion.go:7:19: fmt.Sprint(... argument...) escapes to heap
recover_deep_recursion.go:7:19: ... argument does not escape
recover_deep_recursion.go:7:20: "reached the bottom" escapes to heap
recover_deep_recursion.go:13:8: func literal does not escape
recover_deep_recursion.go:21:25: []int{...} does not escape
recover_deep_recursion.go:22:14: ... argument does not escape
recover_deep_recursion.go:22:14: .autotmp_1 escapes to heap
