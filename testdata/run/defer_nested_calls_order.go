package main

import "fmt"

func inner() {
	defer fmt.Println("inner defer")
	fmt.Println("inner body")
}

func middle() {
	defer fmt.Println("middle defer 1")
	inner()
	defer fmt.Println("middle defer 2")
	fmt.Println("middle body")
}

func main() {
	defer fmt.Println("main defer")
	middle()
	fmt.Println("main body")
}
