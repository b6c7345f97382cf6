package main

import "fmt"

// Go randomizes map iteration order; the program checks that every key is
// seen exactly once and that several iterations do not all agree (with 64
// keys, 20 identical orders are astronomically unlikely in gc).
func main() {
	m := map[int]bool{}
	for i := 0; i < 64; i++ {
		m[i] = true
	}
	first := ""
	differ := false
	for round := 0; round < 20; round++ {
		seen := map[int]int{}
		order := ""
		for k := range m {
			seen[k]++
			order += fmt.Sprint(k, ",")
		}
		ok := len(seen) == 64
		for _, c := range seen {
			ok = ok && c == 1
		}
		if !ok {
			fmt.Println("bad iteration")
		}
		if round == 0 {
			first = order
		} else if order != first {
			differ = true
		}
	}
	fmt.Println("orders differ:", differ)
}
