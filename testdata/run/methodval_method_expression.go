package main

import "fmt"

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec  { return Vec{v.X + o.X, v.Y + o.Y} }
func (v *Vec) Scale(k int)   { v.X *= k; v.Y *= k }
func (v Vec) String() string { return fmt.Sprintf("(%d,%d)", v.X, v.Y) }

func main() {
	add := Vec.Add
	scale := (*Vec).Scale
	str := (*Vec).String // value methods are in the pointer's method set
	v := Vec{1, 2}
	w := add(v, Vec{10, 20})
	scale(&w, 3)
	fmt.Println(w, str(&w))
	fmt.Printf("%T\n%T\n", add, scale)
	ops := map[string]func(Vec, Vec) Vec{"add": Vec.Add}
	fmt.Println(ops["add"](v, v))
}
