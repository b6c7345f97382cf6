package main

import "fmt"

var glob = 0

// gc's analysis does not see the end of a backward goto loop, so a defer
// after one counts as being in a loop (heap-allocated).
func f() {
label:
	fmt.Println("goto loop", glob)
	glob++
	if glob < 3 {
		goto label
	}
	defer func() {
		fmt.Println("defer")
	}()
}

func main() {
	f()
	fmt.Println("done")
}
