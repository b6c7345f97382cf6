package main

import "fmt"

func main() {
	s := []int{10, 20, 30}
	for i, v := range s {
		fmt.Println(i, v)
	}
	for i := range s {
		fmt.Print(i)
	}
	fmt.Println()
	for range s {
		fmt.Print("x")
	}
	fmt.Println()
	a := [4]string{"w", "x", "y", "z"}
	for i, v := range a {
		a[3-i] = v // range over array copies it
	}
	fmt.Println(a)
	b := [3]int{1, 2, 3}
	for i, v := range &b {
		if i == 0 {
			b[2] = 100
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	// appending during range does not extend the loop
	t := []int{1, 2}
	for _, v := range t {
		t = append(t, v*10)
	}
	fmt.Println(t)
	var empty []int
	for range empty {
		fmt.Println("never")
	}
	total := 0
	for _, v := range [...]int{5, 6, 7} {
		total += v
	}
	fmt.Println(total)
}
