package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Println(name+":", recover())
	}()
	f()
}

func main() {
	m := map[any]int{}
	try("slice key", func() { m[[]int{1}] = 1 })
	try("map key", func() { _ = m[map[int]int{}] })
	try("func key", func() { _, _ = m[func() {}] })
	try("struct with slice", func() { m[struct{ s []int }{}] = 2 })
	try("ok", func() { m[[1]any{1}] = 3 })
	fmt.Println(len(m))
}
