package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic("from inner's defer")
	}()
	panic("inner")
}

func middle() {
	defer func() {
		fmt.Println("middle recovered:", recover())
	}()
	inner()
}

func outer() {
	defer func() {
		fmt.Println("outer recovered:", recover())
	}()
	middle()
	panic("outer")
}

func main() {
	outer()
	fmt.Println("main continues")
}
