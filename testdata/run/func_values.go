package main

import "fmt"

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }

func apply(f func(int, int) int, x, y int) int {
	return f(x, y)
}

func pick(op string) func(int, int) int {
	if op == "+" {
		return add
	}
	return mul
}

func main() {
	fmt.Println(apply(add, 3, 4), apply(mul, 3, 4))
	f := pick("+")
	g := pick("*")
	fmt.Println(f(10, 20), g(10, 20))
	var h func(int, int) int
	fmt.Println(h == nil)
	h = add
	fmt.Println(h != nil, h(1, 2))
	ops := []func(int, int) int{add, mul, func(a, b int) int { return a - b }}
	for i, op := range ops {
		fmt.Println(i, op(9, 3))
	}
}
