package main

// defer i.M(args) with a nil interface i panics at the defer statement,
// after its arguments are evaluated (gc checks the itab after assigning
// the operands).

type I interface{ M(int) }

func g() int { println("g called"); return 1 }

func f() {
	defer func() { println("recovered:", recover() != nil) }()
	var i I
	defer i.M(g())
	println("not reached")
}

func main() {
	f()
	println("done")
}
