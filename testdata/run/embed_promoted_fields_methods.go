package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int     { return p.X + p.Y }
func (p *Point) Move(dx int) { p.X += dx }

type Named struct {
	Name string
}

func (n Named) Hello() string { return "hello " + n.Name }

type Circle struct {
	Point
	Named
	R int
}

func main() {
	c := Circle{Point{1, 2}, Named{"c1"}, 5}
	fmt.Println(c.X, c.Y, c.Name, c.R)
	fmt.Println(c.Sum(), c.Hello())
	c.Move(10)
	fmt.Println(c.X, c.Point.X, c.Sum())
	c.Point = Point{0, 0}
	fmt.Printf("%v %+v\n", c, c)
}
