package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("main's defer 1")
	defer fmt.Println("main's defer 2")
	fmt.Println("calling Goexit")
	runtime.Goexit()
	fmt.Println("not reached")
}
