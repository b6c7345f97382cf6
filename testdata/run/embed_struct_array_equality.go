package main

import "fmt"

type P struct {
	X, Y int
	S    string
}

type W struct {
	P
	A [2]float64
}

func main() {
	a := W{P{1, 2, "s"}, [2]float64{0.5, 1}}
	b := a
	fmt.Println(a == b)
	b.A[1] = 2
	fmt.Println(a == b, a.P == b.P)
	arr1 := [3]string{"a", "b", "c"}
	arr2 := [3]string{"a", "b", "c"}
	fmt.Println(arr1 == arr2, arr1 != arr2)
	arr2[2] = "C"
	fmt.Println(arr1 == arr2)
	var z1, z2 struct{}
	fmt.Println(z1 == z2)
}
