package main

import "fmt"

type T struct {
	name string
}

func main() {
	t := &T{"x"}
	fmt.Printf("panicking with a %T\n", t)
	panic(t)
}
