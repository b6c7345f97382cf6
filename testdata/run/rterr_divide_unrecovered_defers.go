package main

import "fmt"

func div(a, b int) int {
	defer fmt.Println("div's defer runs")
	return a / b
}

func main() {
	defer fmt.Println("main's defer runs")
	fmt.Println(div(1, 0))
}
