package main

import "fmt"

func main() {
	var a, b uint8 = 7, 0
	fmt.Println("start")
	fmt.Println(a % b)
}
