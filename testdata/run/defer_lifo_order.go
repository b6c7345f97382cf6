package main

import "fmt"

func run() {
	for _, s := range []string{"a", "b", "c", "d"} {
		defer fmt.Println("loop defer", s)
	}
	defer fmt.Println("last statement defer")
	fmt.Println("body")
}

func main() {
	defer fmt.Println("main defer 1")
	defer fmt.Println("main defer 2")
	run()
}
