package main

// defer clear(x): x is evaluated at the defer statement; the map or the
// slice's elements are cleared when the deferred call runs.

import "fmt"

var m = map[string]int{"a": 1, "b": 2}
var s = []int{1, 2, 3}

func f() {
	defer clear(m)
	defer clear(s[1:])
	old := m
	m = map[string]int{"new": 1}
	s = append(s[:0:0], 9)
	fmt.Println("in f:", len(old), len(m), s)
}

func main() {
	keep := m
	keepS := s
	f()
	fmt.Println("after f:", len(keep), len(m), keepS, s)
}
