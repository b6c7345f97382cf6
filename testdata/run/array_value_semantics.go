package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) {
	a[0] = 100
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)
	fmt.Println(a == c, a != b, len(a))
	var z [5]bool
	fmt.Println(z)
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	g2 := grid
	g2[1][2] = 60
	fmt.Println(grid, g2)
	idx := [...]string{2: "two", 0: "zero", 4: "four"}
	fmt.Println(len(idx), idx)
	fmt.Printf("%q\n", idx)
}
