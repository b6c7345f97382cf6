package main

import "fmt"

// %#v uses a GoString method (and only %#v does).

type Color int

func (c Color) GoString() string { return fmt.Sprintf("Color(%d)", int(c)) }

func (c Color) String() string { return []string{"red", "green", "blue"}[c] }

type Point struct{ X, Y int }

func (p *Point) GoString() string { return fmt.Sprintf("&Point{%d, %d}", p.X, p.Y) }

type Box struct {
	C Color
	P *Point
	L []Color
}

func main() {
	c := Color(1)
	fmt.Printf("%v %s %d %#v\n", c, c, c, c)
	fmt.Printf("[%12.5#v]\n", c)
	p := &Point{1, 2}
	fmt.Printf("%v %+v %#v\n", p, p, p)
	fmt.Printf("%#v\n", *p)
	fmt.Printf("%#v\n", Box{2, p, []Color{0, 1}})
	fmt.Printf("%#v\n", []any{c, p, 3, "s"})
	fmt.Printf("%#v\n", map[Color]bool{0: true})
	var np *Point
	fmt.Printf("%#v\n", np)
}
