package main

import "fmt"

func shl(x int, n int) int { return x << n }

func main() {
	fmt.Println(shl(1, 4))
	fmt.Println(shl(1, -1))
}
