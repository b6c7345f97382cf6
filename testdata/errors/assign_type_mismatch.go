package main

import "fmt"

func main() {
	var s string
	x := 5
	s = x
	fmt.Println(s)
}
