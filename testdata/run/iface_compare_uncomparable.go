package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var a, b any = 1, "s"
	fmt.Println(a == b)
	a, b = []int{1}, "s"
	fmt.Println("different types compare without panic:", a == b)
	a, b = []int{1}, []int{1}
	fmt.Println(a == b)
}
