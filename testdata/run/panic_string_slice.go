package main

import "fmt"

func main() {
	s := "hello"
	n := 3
	fmt.Println(s[n:])
	fmt.Println(s[n*2:])
}
