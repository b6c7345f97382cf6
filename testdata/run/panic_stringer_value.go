package main

import "fmt"

type Color int

func (c Color) String() string {
	return [...]string{"red", "green", "blue"}[c]
}

func main() {
	fmt.Println(Color(1))
	panic(Color(2))
}
