package main

import "fmt"

func two() (int, string) { return 7, "seven" }

func three() (int, int, int) { return 1, 2, 3 }

func show(n int, s string) string { return fmt.Sprint(s, "=", n) }

func add3(a, b, c int) int { return a + b + c }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	fmt.Println(show(two()))
	fmt.Println(add3(three()))
	fmt.Println(sum(three()))
	fmt.Println(two())
	fmt.Println(three())
}
