// Recursive types by embedding, through a cycle of two types and as a
// local type; the checking goes on after them (gc's later errors).
package main

type E struct {
	E
	x int
}

type Outer struct {
	in Inner
}

type Inner struct {
	o [3]Outer
}

func (e E) Get() int { return e.x }

func use(o Outer) int { return len(o.in.o) }

func main() {
	type L struct{ l L }
	var l L
	_ = l.l
	var e E
	_ = e.Get()
	_ = e.y
	var o Outer
	_ = use(o) + "s"
	x := 1
	x = "t"
}
