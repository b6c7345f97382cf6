package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Show() {
	fmt.Println("value receiver:", c.name, c.n)
}

func run() {
	c := Counter{"c", 1}
	// The receiver is copied when the defer statement executes.
	defer c.Show()
	c.n = 2
	f := c.Show
	defer f()
	c.n = 3
	c.name = "changed"
	fmt.Println("body:", c.name, c.n)
}

func main() {
	run()
}
