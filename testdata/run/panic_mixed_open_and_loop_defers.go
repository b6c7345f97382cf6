package main

import "fmt"

func work(n int) {
	defer fmt.Println("plain defer before the loop")
	for i := 0; i < n; i++ {
		defer fmt.Println("loop defer", i)
	}
	defer func() {
		fmt.Println("closure defer after the loop")
	}()
	panic(fmt.Sprint("n=", n))
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	work(3)
}
