package main

type P struct {
	X, Y int
}

func (p *P) Move(d int) { p.X += d }

func (p P) Sum() int { return p.X + p.Y }

func main() {
	a := P{1, 2}
	b := a
	b.Move(3)
	q := &b
	println(a.Sum(), q.Y, a == b)
}
