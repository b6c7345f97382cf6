package main

import "fmt"

func main() {
	fmt.Println("a", 1, 2.5, true, 'x', "b")
	fmt.Println()
	fmt.Print("a", "b", 1, 2, "c", 3.0, false, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "\n")
	n, err := fmt.Println("counted")
	fmt.Println(n, err == nil)
	fmt.Println([]int{1, 2}, [2]bool{true}, []string{"a", "b"}, []float64{1.5})
	var nilSlice []int
	fmt.Println(nilSlice, len(nilSlice))
	type P struct {
		A int
		B string
		C []int
	}
	fmt.Println(P{1, "x", []int{3}}, &P{2, "y", nil})
	fmt.Println(int8(-5), uint64(18446744073709551615), uintptr(7))
	var p *int
	fmt.Println(p)
	fmt.Println([]byte("hi"), []rune("hi"))
}
