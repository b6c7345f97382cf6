package main

import (
	"fmt"
	"runtime"
)

func c() {
	defer fmt.Println("c's defer")
	runtime.Goexit()
}

func b() {
	defer fmt.Println("b's defer")
	c()
	fmt.Println("b not reached")
}

func main() {
	defer fmt.Println("main's defer")
	b()
	fmt.Println("main not reached")
}
