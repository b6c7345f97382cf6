package main

import "fmt"

var trace []string

func f(name string, v int) int {
	trace = append(trace, name)
	return v
}

func flush() {
	fmt.Println(trace)
	trace = trace[:0]
}

func add(a, b, c int) int { return a + b + c }

func main() {
	_ = add(f("a", 1), f("b", 2), f("c", 3))
	flush()
	_ = f("x", 1) + f("y", 2)*f("z", 3)
	flush()
	s := []int{0, 0, 0}
	s[f("index", 1)] = f("value", 5)
	flush()
	fmt.Println(s)
	i := 0
	i, s[i] = 2, 9 // s[0]: index evaluated before the assignment
	fmt.Println(i, s)
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x := []int{1, 2, 3}
	j := 0
	x[j], j = x[2], 1
	fmt.Println(x, j)
	_ = f("cond1", 0) == 1 && f("never", 0) == 0
	_ = f("cond2", 1) == 1 || f("never", 0) == 0
	flush()
	arr := [3]int{f("e0", 0), f("e1", 1), f("e2", 2)}
	flush()
	fmt.Println(arr)
}
