package main

import "fmt"

func main() {
	defer fmt.Println("the panic was not recovered")
	// recover called by the defer mechanism itself, not by a deferred
	// function: it does not stop the panic.
	defer recover()
	panic("not stopped by defer recover()")
}
