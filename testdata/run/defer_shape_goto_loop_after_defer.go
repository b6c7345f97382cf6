package main

import "fmt"

var glob = 0

// The backward goto loop comes after the defer statement: open-coded.
func f() {
	defer func() {
		fmt.Println("defer")
	}()
label:
	fmt.Println("goto loop", glob)
	glob++
	if glob < 3 {
		goto label
	}
}

func main() {
	f()
	fmt.Println("done")
}
