package main

import "fmt"

type P struct{ a int }

func main() {
	m := map[any]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m["1"] = "string 1"
	m[1.0] = "float 1"
	m[P{1}] = "struct"
	m[true] = "bool"
	m[nil] = "nil key"
	m[[2]int{1, 1}] = "array"
	fmt.Println(len(m))
	fmt.Println(m[1], "|", m[int64(1)], "|", m["1"], "|", m[1.0], "|", m[P{1}], "|", m[true], "|", m[nil], "|", m[[2]int{1, 1}])
	_, ok := m[int32(1)]
	fmt.Println(ok)
	var e error
	m[e] = "nil error is the nil key"
	fmt.Println(m[nil], len(m))
}
