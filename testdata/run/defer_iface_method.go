package main

import "fmt"

type Speaker interface{ Speak() }

type Dog struct{ name string }

func (d Dog) Speak() { fmt.Println(d.name, "says woof") }

type Cat struct{ name string }

func (c *Cat) Speak() { fmt.Println(c.name, "says meow") }

func run() {
	var s Speaker = Dog{"rex"}
	defer s.Speak() // the interface value is evaluated now
	c := &Cat{"tom"}
	s = c
	defer s.Speak()
	c.name = "felix" // pointer: visible
	s = Dog{"other"}
	fmt.Println("body")
}

func main() {
	run()
}
