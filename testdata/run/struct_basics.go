package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	var z Point
	fmt.Println(p, q, z)
	fmt.Println(p.X, p.Y, q.X)
	p.X = 10
	fmt.Println(p)
	r := Rect{Min: Point{0, 0}, Max: Point{3, 4}, Name: "box"}
	fmt.Println(r)
	fmt.Printf("%v %+v\n", r, r)
	r.Max.X = 30
	fmt.Println(r.Max.X*r.Max.Y, r.Name)
	anon := struct {
		A int
		B string
	}{7, "seven"}
	fmt.Println(anon, anon.B)
}
