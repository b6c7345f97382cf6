package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "not a number")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z %s\n", 1, true)
	fmt.Println(fmt.Sprintf("%s", 42))
}
