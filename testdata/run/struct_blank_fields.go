package main

import "fmt"

type Padded struct {
	A int8
	_ int32
	B int64
	_ [3]byte
	C string
}

type Pair struct {
	X, Y int16
}

func main() {
	p := Padded{A: 1, B: 2, C: "c"}
	q := Padded{A: 1, B: 2, C: "c"}
	fmt.Println(p == q, p.A, p.B, p.C)
	q.C = "d"
	fmt.Println(p == q)
	arr := [3]Pair{{1, 2}, {3, 4}, {5, 6}}
	arr2 := arr
	fmt.Println(arr == arr2)
	arr2[2].Y = -6
	fmt.Println(arr == arr2, arr2)
	type Empty struct{}
	fmt.Println(Empty{} == Empty{}, Empty{})
	var e [0]int
	fmt.Println(len(e), e)
}
