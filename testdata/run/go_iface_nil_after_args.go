package main

// go i.M(args) with a nil interface i panics at the go statement, after
// its arguments are evaluated.

type I interface{ M(int) }

func g() int { println("g called"); return 1 }

func main() {
	var i I
	go i.M(g())
	println("not reached")
}
