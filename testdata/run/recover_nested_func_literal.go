package main

import "fmt"

func main() {
	defer func() {
		// A function literal called by the deferred function is a
		// helper: its recover returns nil...
		func() {
			fmt.Println("nested literal:", recover())
		}()
		// ...and the deferred function's own call still recovers.
		fmt.Println("deferred function:", recover())
	}()
	panic("p")
}
