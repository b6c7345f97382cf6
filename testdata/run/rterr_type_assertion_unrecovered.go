package main

import "fmt"

func main() {
	var v any = "a string"
	fmt.Println("asserting")
	n := v.(int)
	fmt.Println(n)
}
