package main

import "fmt"

type Inner struct {
	A [2]int
	S string
}

type Outer struct {
	I Inner
	F float64
	B bool
}

func change(o Outer) Outer {
	o.I.A[0] = 99
	o.I.S = "changed"
	return o
}

func main() {
	a := Outer{I: Inner{A: [2]int{1, 2}, S: "x"}, F: 1.5, B: true}
	b := a
	b.I.A[1] = 20
	fmt.Println(a, b)
	fmt.Println(a == b, a != b)
	b.I.A[1] = 2
	fmt.Println(a == b)
	c := change(a)
	fmt.Println(a, c, a == c)
	arr := [2]Inner{{S: "p"}, {S: "q"}}
	arr2 := arr
	arr2[0].S = "changed"
	fmt.Println(arr, arr2, arr == arr2)
	type pair struct{ x, y int }
	fmt.Println(pair{1, 2} == pair{1, 2}, pair{1, 2} == pair{2, 1})
}
