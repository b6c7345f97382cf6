package main

import "fmt"

type K struct{ A, B int }

func main() {
	fmt.Println(map[string]int{"z": 26, "a": 1, "m": 13})
	fmt.Println(map[int]string{10: "ten", -1: "neg", 3: "three"})
	fmt.Println(map[float64]bool{2.5: true, -1: false, 0: true})
	fmt.Println(map[K]string{{2, 1}: "x", {1, 9}: "y", {1, 2}: "z"})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Printf("%v\n%+v\n%#v\n", map[string]K{"k": {1, 2}}, map[string]K{"k": {1, 2}}, map[string]K{"k": {1, 2}})
	var nm map[string]int
	fmt.Printf("%v %#v %d\n", nm, nm, len(nm))
	fmt.Println(map[string][]int{"x": {1, 2}, "a": nil})
}
