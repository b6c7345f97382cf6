package main

import "fmt"

var glob = 0

// A defer inside a loop is heap-allocated, and it makes every other defer
// of the function use a record too (stack-allocated).
func f() {
	for {
		glob++
		g := glob
		defer func() {
			fmt.Println("defer1", g)
		}()
		if glob > 2 {
			break
		}
	}
	defer func() {
		fmt.Println("defer2")
	}()
}

func main() {
	f()
	fmt.Println("done", glob)
}
