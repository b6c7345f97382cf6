package main

import "fmt"

func run() {
	x := 1
	defer func() {
		fmt.Println("closure sees x =", x)
	}()
	x = 2
	defer func() {
		fmt.Println("second closure sees x =", x)
		x = 10
	}()
	x = 3
	fmt.Println("body done, x =", x)
}

func main() {
	run()
}
