package main

import "fmt"

type Getter interface{ Get() int }
type Setter interface{ Set(int) }
type GetSetter interface {
	Getter
	Setter
}

type Box struct{ v int }

func (b Box) Get() int   { return b.v }
func (b *Box) Set(v int) { b.v = v }

func main() {
	b := Box{1}
	var g Getter = b // value has Get
	var gs GetSetter = &b
	gs.Set(5)
	fmt.Println(g.Get(), gs.Get(), b.v)
	var g2 Getter = &b // pointer has Get too
	b.v = 9
	fmt.Println(g2.Get(), g.Get())
	_, ok := g.(Setter)
	_, ok2 := g2.(Setter)
	fmt.Println(ok, ok2)
}
