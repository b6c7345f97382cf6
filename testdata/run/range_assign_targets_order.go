package main

import "fmt"

// A range clause with `=` assigns its key and value like a tuple
// assignment: the targets' index operands are evaluated before either
// target is stored, so `x[i]` below uses i's old value.

func main() {
	x := []int{10, 20}
	i := 1
	for i, x[i] = range []int{99} {
		break
	}
	fmt.Println("slice:", i, x)

	r := []rune{'a', 'b'}
	i = 1
	for i, r[i] = range "c" {
		break
	}
	fmt.Println("string:", i, string(r))

	a := [3]string{"p", "q", "r"}
	i = 2
	for i, a[i] = range [1]string{"z"} {
		break
	}
	fmt.Println("array:", i, a)

	keys := []string{"", ""}
	k := "x"
	m := map[string]int{"one": 1}
	idx := map[string]int{"x": 0, "one": 1}
	vals := []int{0, 0}
	for k, vals[idx[k]] = range m {
	}
	fmt.Println("map:", k, vals, keys)

	p := &[2]int{5, 6}
	i = 1
	for i, p[i] = range p {
	}
	fmt.Println("pointer to array:", i, *p)
}
