package main

import "fmt"

type Shape interface{ Area() int }

type Sq int

func (s Sq) Area() int { return int(s * s) }

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

func sum(f func(Shape) int, shapes ...Shape) int {
	t := 0
	for _, s := range shapes {
		t += f(s)
	}
	return t
}

func main() {
	area := Shape.Area
	fmt.Println(area(Sq(3)), area(Rect{2, 5}))
	fmt.Println(sum(Shape.Area, Sq(1), Sq(2), Rect{3, 3}))
	fmt.Printf("%T\n", area)
}
