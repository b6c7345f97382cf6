package main

import "fmt"

type Big struct {
	a, b, c, d, e int
	s             string
	arr           [4]int
}

func show(tag string, b Big) {
	fmt.Println(tag, b.a, b.b, b.c, b.d, b.e, b.s, b.arr)
}

func run() {
	b := Big{1, 2, 3, 4, 5, "orig", [4]int{1, 1, 1, 1}}
	defer show("deferred copy:", b)
	b.a = 100
	b.s = "changed"
	b.arr[2] = 9
	show("body:", b)
}

func main() {
	run()
}
