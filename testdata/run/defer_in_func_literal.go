package main

import "fmt"

func main() {
	fmt.Println("main start")
	func() {
		defer fmt.Println("literal's defer")
		fmt.Println("inside literal")
	}()
	fmt.Println("after literal")
	f := func(n int) (out int) {
		defer func() { out = out * 10 }()
		return n
	}
	fmt.Println(f(4), f(5))
}
