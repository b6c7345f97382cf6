package main

import "fmt"

func f() {
	defer func() {
		fmt.Println("recovered the later panic:", recover())
	}()
	defer func() {
		panic("second, raised in a defer")
	}()
	panic("first")
}

func main() {
	f()
	fmt.Println("main continues")
}
