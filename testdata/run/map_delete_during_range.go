package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	visited := 0
	for k := range m {
		visited++
		delete(m, k)
	}
	fmt.Println(visited, len(m))
	for i := 0; i < 10; i++ {
		m[i] = i
	}
	for k, v := range m {
		m[k] = v * v // updating existing keys is fine
	}
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(sum)
}
