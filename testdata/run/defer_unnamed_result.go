package main

import "fmt"

func f() int {
	x := 1
	defer func() {
		x = 100
	}()
	return x
}

func g() (int, string) {
	a, s := 1, "one"
	defer func() {
		a, s = 2, "two"
	}()
	return a, s
}

func main() {
	fmt.Println(f())
	fmt.Println(g())
}
