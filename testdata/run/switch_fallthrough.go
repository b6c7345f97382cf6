package main

import "fmt"

func f(n int) {
	switch n {
	case 0:
		fmt.Print("zero ")
		fallthrough
	case 1:
		fmt.Print("one ")
		fallthrough
	case 2:
		fmt.Print("two ")
	case 3:
		fmt.Print("three ")
		fallthrough
	default:
		fmt.Print("default ")
	}
	fmt.Println()
}

func main() {
	for i := 0; i < 5; i++ {
		f(i)
	}
	switch {
	case true:
		fmt.Println("first")
		fallthrough
	case false:
		fmt.Println("second (false case reached by fallthrough)")
	}
}
