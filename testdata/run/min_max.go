package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	a, b := 10, -4
	fmt.Println(min(a, b), max(a, b), min(a), max(b))
	fmt.Println(min(2.5, 1.5), max(2.5, 7))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
	x, y := 0.0, -0.0
	fmt.Println(min(x, y), max(x, y))
	const c = min(1, 2.5, 3)
	fmt.Println(c)
	s := []int{5, 9, 2, 7}
	m := s[0]
	for _, v := range s {
		m = max(m, v)
	}
	fmt.Println(m)
}
