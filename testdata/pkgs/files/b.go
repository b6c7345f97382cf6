package main

import "fmt"

var b = trace("b (b.go)")

func init() { fmt.Println("init in b.go") }

func main() {
	fmt.Println("main:", a, b)
}
