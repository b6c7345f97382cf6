package main

import "fmt"

func main() {
	m := map[int]string{1: "a", 2: "b", 3: "c"}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m[1] == "")
	m[4] = "d"
	fmt.Println(alias)
	var nilMap map[string]int
	clear(nilMap)
	fmt.Println(len(nilMap))
}
