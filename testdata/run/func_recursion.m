func_recursion.go:38:14: ... argument does not escape
func_recursion.go:38:15: i escapes to heap
func_recursion.go:38:22: fact(i) escapes to heap
func_recursion.go:40:13: ... argument does not escape
func_recursion.go:40:20: isEven(10) escapes to heap
func_recursion.go:40:31: isOdd(7) escapes to heap
func_recursion.go:40:42: isEven(7) escapes to heap
func_recursion.go:41:13: ... argument does not escape
func_recursion.go:41:23: ackermann(2, 3) escapes to heap
func_recursion.go:41:40: ackermann(3, 3) escapes to heap
