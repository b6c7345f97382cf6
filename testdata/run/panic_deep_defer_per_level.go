package main

import "fmt"

var unwound int

func rec(n int) {
	defer func() { unwound++ }()
	if n == 0 {
		panic("bottom")
	}
	rec(n - 1)
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r, "after unwinding", unwound, "frames")
	}()
	rec(10000)
}
