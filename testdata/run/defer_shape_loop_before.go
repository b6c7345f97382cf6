package main

import "fmt"

// A loop that ends before the defer statement does not make it a loop
// defer: open-coded.
func f(n int) {
	for i := 0; i < n; i++ {
		fmt.Println("loop", i)
	}
	defer func() {
		fmt.Println("defer")
	}()
}

func main() {
	f(3)
	fmt.Println("done")
}
