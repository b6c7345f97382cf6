package main

import "os"

// A built-in function has no fields or methods.
func main() {
	println(len(print.Args), len(os.Args))
}
