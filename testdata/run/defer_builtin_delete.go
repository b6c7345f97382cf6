package main

import "fmt"

func run(m map[string]int) {
	k := "a"
	defer delete(m, k)
	k = "b"
	fmt.Println("body:", len(m), m["a"], m["b"])
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	run(m)
	_, okA := m["a"]
	_, okB := m["b"]
	fmt.Println("after:", len(m), okA, okB)
}
