package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner saw:", r)
		panic(fmt.Sprint(r, " (re-raised)"))
	}()
	panic("problem")
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	inner()
}
