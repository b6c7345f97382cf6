package main

import "fmt"

func level(n int) {
	defer fmt.Println("unwinding level", n)
	if n == 3 {
		panic(fmt.Sprintf("failure at level %d", n))
	}
	level(n + 1)
	fmt.Println("not reached", n)
}

func main() {
	defer fmt.Println("main's defer")
	level(0)
}
