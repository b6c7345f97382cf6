package main

type Setter interface{ Set(int) }

type Box struct{ v int }

func (b *Box) Set(v int) { b.v = v }

func main() {
	var s Setter = Box{}
	s.Set(1)
}
