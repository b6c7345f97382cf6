package main

import "fmt"

func run() {
	for i := 0; i < 4; i++ {
		// Each iteration has its own i (Go 1.22+).
		defer func() {
			fmt.Println("closure i =", i)
		}()
	}
	j := 0
	for j < 3 {
		defer func() {
			fmt.Println("shared j =", j)
		}()
		j++
	}
}

func main() {
	run()
}
