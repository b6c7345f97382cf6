package main

import "fmt"

type Inner struct {
	ID   int
	Name string
}

func (Inner) Kind() string { return "inner" }
func (Inner) Only() string { return "only in inner" }

type Middle struct {
	Inner
	Name string
}

func (Middle) Kind() string { return "middle" }

type Outer struct {
	Middle
	Extra int
}

func main() {
	o := Outer{Middle{Inner{7, "inner-name"}, "middle-name"}, 1}
	fmt.Println(o.ID, o.Name, o.Middle.Name, o.Inner.Name, o.Middle.Inner.Name)
	fmt.Println(o.Kind(), o.Inner.Kind(), o.Only())
	o.ID = 8
	fmt.Println(o.Middle.Inner.ID)
}
