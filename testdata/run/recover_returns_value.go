package main

import "fmt"

func try(v any) {
	defer func() {
		r := recover()
		fmt.Printf("recovered %T: %v\n", r, r)
	}()
	panic(v)
}

type Code int

func main() {
	try("text")
	try(42)
	try(3.5)
	try(Code(404))
	try([]int{1, 2})
	try(struct{ A, B int }{1, 2})
	try(fmt.Errorf("an error"))
	try(true)
}
