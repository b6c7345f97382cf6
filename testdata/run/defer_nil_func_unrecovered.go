package main

import "fmt"

func run() {
	var f func(int)
	defer f(1)
	fmt.Println("body runs to the end")
}

func main() {
	defer fmt.Println("main's defer runs before the panic message")
	run()
	fmt.Println("not reached")
}
