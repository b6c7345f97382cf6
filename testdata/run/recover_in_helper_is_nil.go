package main

import "fmt"

func helper() any {
	// Not called directly by the deferred function's frame: returns nil.
	return recover()
}

func inner() {
	defer func() {
		r := helper()
		fmt.Println("helper's recover:", r)
	}()
	panic("still panicking")
}

func main() {
	defer func() {
		fmt.Println("outer recover:", recover())
	}()
	inner()
	fmt.Println("not reached")
}
