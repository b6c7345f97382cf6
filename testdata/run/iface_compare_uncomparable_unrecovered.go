package main

import "fmt"

type S struct {
	m map[string]int
}

func main() {
	var a, b any = S{}, S{}
	fmt.Println("comparing")
	fmt.Println(a == b)
}
