package main

import "fmt"

func a() { fmt.Println("a runs") }
func b() { fmt.Println("b runs") }

func pick(name string) func() {
	fmt.Println("picking", name)
	if name == "a" {
		return a
	}
	return b
}

func run() {
	f := a
	defer f() // f's value now: a
	f = b
	defer pick("b")()
	fmt.Println("body")
}

func main() {
	run()
}
