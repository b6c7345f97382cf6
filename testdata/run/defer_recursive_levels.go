package main

import "fmt"

func down(n int) int {
	defer fmt.Println("leaving level", n)
	if n == 0 {
		return 0
	}
	return n + down(n-1)
}

func main() {
	fmt.Println("sum", down(5))
}
