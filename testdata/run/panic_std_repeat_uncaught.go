package main

import "strings"

// An unrecovered std panic with a string value: printed as the string,
// after the deferred calls ran.

func main() {
	defer println("deferred")
	n := -1
	println(strings.Repeat("ab", n))
}
