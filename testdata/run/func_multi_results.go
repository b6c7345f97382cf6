package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) {
	return b, a
}

func triple(x int) (int, bool, string) {
	return x * 3, x%2 == 0, "ok"
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	q, r = divmod(-17, 5)
	fmt.Println(q, r)
	a, b := swap("hello", "world")
	fmt.Println(a, b)
	n, even, s := triple(7)
	fmt.Println(n, even, s)
	_, r2 := divmod(100, 7)
	fmt.Println(r2)
}
