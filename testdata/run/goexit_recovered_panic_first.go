package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("main's defer still runs")
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		panic("before goexit")
	}()
	runtime.Goexit()
}
