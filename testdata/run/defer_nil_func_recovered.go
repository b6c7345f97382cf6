package main

import "fmt"

func run() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var f func()
	defer f()
	fmt.Println("the defer statement itself does not panic")
}

func main() {
	run()
	fmt.Println("main continues")
}
