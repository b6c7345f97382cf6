package main

import "fmt"

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	var walk func(lo, hi int) int
	depth := 0
	walk = func(lo, hi int) int {
		depth++
		if hi-lo <= 1 {
			return lo
		}
		mid := (lo + hi) / 2
		return walk(lo, mid) + walk(mid, hi)
	}
	fmt.Println(walk(0, 16), depth)
}
