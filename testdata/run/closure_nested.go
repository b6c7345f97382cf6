package main

import "fmt"

func outer() func() func() int {
	a := 1
	return func() func() int {
		b := 10
		return func() int {
			a++
			b++
			return a*100 + b
		}
	}
}

func main() {
	mk := outer()
	f := mk()
	g := mk()
	fmt.Println(f(), f(), g(), f(), g())
	fib := func() func() int {
		x, y := 0, 1
		return func() int {
			r := x
			x, y = y, x+y
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
}
