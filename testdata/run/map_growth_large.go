package main

import "fmt"

func main() {
	m := make(map[int]int)
	const n = 200000
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	fmt.Println(len(m))
	sum := 0
	for i := 0; i < n; i++ {
		sum += m[i*7]
	}
	fmt.Println(sum)
	for i := 0; i < n; i += 2 {
		delete(m, i*7)
	}
	fmt.Println(len(m))
	miss := 0
	for i := 0; i < n; i++ {
		if _, ok := m[i*7]; !ok {
			miss++
		}
	}
	fmt.Println(miss)
	total := 0
	for k, v := range m {
		total += k - v
	}
	fmt.Println(total)
	s := map[string]int{}
	for i := 0; i < 50000; i++ {
		s[fmt.Sprint("key", i%1000)] += i
	}
	fmt.Println(len(s), s["key0"], s["key999"])
}
