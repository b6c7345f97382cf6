package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type geometry interface {
	area() float64
	perim() float64
}

type rect struct{ width, height float64 }
type circle struct{ radius float64 }

func (r rect) area() float64    { return r.width * r.height }
func (r rect) perim() float64   { return 2*r.width + 2*r.height }
func (c circle) area() float64  { return math.Pi * c.radius * c.radius }
func (c circle) perim() float64 { return 2 * math.Pi * c.radius }
func (c circle) String() string { return fmt.Sprintf("circle(r=%g)", c.radius) }

func measure(g geometry) {
	fmt.Println(g)
	fmt.Printf("%.3f %.3f\n", g.area(), g.perim())
}

func detectCircle(g geometry) {
	if c, ok := g.(circle); ok {
		fmt.Println("circle with radius", c.radius)
	}
}

func main() {
	shapes := []geometry{rect{3, 4}, circle{5}, rect{1, 1}, circle{0.5}}
	for _, s := range shapes {
		measure(s)
		detectCircle(s)
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].area() < shapes[j].area() })
	names := make([]string, len(shapes))
	for i, s := range shapes {
		names[i] = fmt.Sprintf("%T", s)
	}
	fmt.Println(strings.Join(names, " < "))
}
