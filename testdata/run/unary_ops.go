package main

import "fmt"

func main() {
	a := 5
	fmt.Println(-a, +a, ^a, - -a)
	f := 2.5
	fmt.Println(-f, +f)
	var u uint = 1
	fmt.Println(-u, ^u)
	var i8 int8 = -128
	fmt.Println(-i8, ^i8)
	b := true
	fmt.Println(!b, !!b)
}
