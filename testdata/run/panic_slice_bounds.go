package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	hi := 5
	fmt.Println(len(s[:hi]))
	hi++
	fmt.Println(s[:hi])
}
