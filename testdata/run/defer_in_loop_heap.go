package main

import "fmt"

var total int

func add(i int) {
	total += i
}

func run(n int) {
	for i := 0; i < n; i++ {
		defer add(i)
	}
	fmt.Println("body, total =", total)
}

func main() {
	run(1000)
	fmt.Println("after, total =", total)
	run(0)
	fmt.Println("after empty run, total =", total)
}
