package main

type I interface {
	M()
	M()
}

func main() {
	var i I
	_ = i
}
