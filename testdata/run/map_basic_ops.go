package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	fmt.Println(len(m), m["one"], m["two"], m["three"], m["missing"])
	m["one"] += 10
	m["new"]++
	fmt.Println(m["one"], m["new"], len(m))
	delete(m, "two")
	delete(m, "absent")
	fmt.Println(len(m), m["two"])
	v, ok := m["three"]
	w, ok2 := m["two"]
	fmt.Println(v, ok, w, ok2)
	if _, found := m["new"]; found {
		fmt.Println("new found")
	}
	fmt.Println(m)
}
