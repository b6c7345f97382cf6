package main

import "fmt"

var glob = 0

// The defer statement follows a label that a later goto jumps back to: it
// is in a loop, so heap-allocated, and runs once per pass.
func f() {
label:
	fmt.Println("goto loop", glob)
	g := glob
	defer func() {
		fmt.Println("defer", g)
	}()
	glob++
	if glob < 3 {
		goto label
	}
}

func main() {
	f()
	fmt.Println("done")
}
