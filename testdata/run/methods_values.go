package main

import "fmt"

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec       { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k} }
func (v *Vec) Normalize() {
	v.X, v.Y = v.X/2, v.Y/2
}

type Stack struct {
	items []int
}

func (s *Stack) Push(x int) { s.items = append(s.items, x) }
func (s *Stack) Pop() int {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}
func (s Stack) Len() int { return len(s.items) }

func main() {
	v := Vec{1, 2}.Add(Vec{3, 4}).Scale(2)
	fmt.Println(v)
	v.Normalize()
	fmt.Println(v)
	add := v.Add // method value
	fmt.Println(add(Vec{1, 1}))
	scale := Vec.Scale // method expression
	fmt.Println(scale(Vec{1, 1}, 3))
	var s Stack
	for i := 0; i < 5; i++ {
		s.Push(i * i)
	}
	fmt.Println(s.Len(), s.Pop(), s.Pop(), s.Len())
	push := s.Push
	push(99)
	fmt.Println(s.items)
}
