package main

import "fmt"

var glob = 0

func f() {
	defer func() {
		fmt.Println("defer2")
	}()
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
}

func main() {
	f()
	fmt.Println("done", glob)
}
