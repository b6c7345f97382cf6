package main

import "fmt"

// fib returns the n-th Fibonacci number.
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	squares := []int{}
	for i := range 5 {
		squares = append(squares, i*i)
	}
	fmt.Println("hello from gocc:", squares, fib(20))
}
