package main

import "fmt"

func show(tag string, a int, s []int, p *int) {
	fmt.Println(tag, a, s, *p)
}

func next(n *int) int {
	*n = *n + 1
	fmt.Println("evaluating argument, n =", *n)
	return *n
}

func run() {
	n := 0
	s := []int{1, 2}
	x := 5
	defer show("deferred:", next(&n), s, &x)
	s[0] = 100 // shared backing array: visible
	s = append(s, 3)
	x = 6 // through the pointer: visible
	fmt.Println("body, n =", n)
}

func main() {
	run()
}
