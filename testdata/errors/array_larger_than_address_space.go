package main

var g [1 << 62]byte

type S struct {
	a [1 << 40][1 << 20]int
}

func main() {
	var l [1 << 47]int
	x := [1 << 48][1 << 10]byte{}
	_, _ = l, x
	println(len(g))
}
