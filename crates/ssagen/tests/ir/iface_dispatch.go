package main

// Dynamic dispatch: the conversion stores a static itab, the call loads
// the code pointer from the itab slot and passes the data word first.

type Shape interface {
	Area() int
	Scale(k int)
}

type Rect struct{ W, H int }

func (r *Rect) Area() int    { return r.W * r.H }
func (r *Rect) Scale(k int) { r.W *= k; r.H *= k }

type Sq int

func (s Sq) Area() int   { return int(s) * int(s) }
func (s Sq) Scale(k int) {}

func total(ss []Shape) int {
	t := 0
	for _, s := range ss {
		s.Scale(2)
		t += s.Area()
	}
	return t
}

func main() {
	println(total([]Shape{&Rect{1, 2}, Sq(3)}))
}
