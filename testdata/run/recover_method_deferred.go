package main

import "fmt"

type Guard struct{ name string }

func (g *Guard) Catch() {
	if r := recover(); r != nil {
		fmt.Println(g.name, "caught:", r)
	}
}

func run() {
	g := &Guard{"guard"}
	defer g.Catch()
	panic("in run")
}

func main() {
	run()
	fmt.Println("after run")
}
