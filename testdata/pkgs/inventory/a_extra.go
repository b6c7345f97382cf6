package main

import "fmt"

// Initialized before total (main.go), which depends on it, though its file
// comes first.
var extra = func() int {
	fmt.Println("main: var extra (a_extra.go)")
	return 10
}()

func init() {
	fmt.Println("main: init in a_extra.go")
}
