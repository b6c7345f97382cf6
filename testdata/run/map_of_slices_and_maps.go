package main

import (
	"fmt"
	"sort"
)

func main() {
	groups := map[string][]string{}
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry", "apricot"}
	for _, w := range words {
		k := w[:1]
		groups[k] = append(groups[k], w)
	}
	fmt.Println(groups)
	nested := map[string]map[string]int{}
	add := func(a, b string) {
		inner, ok := nested[a]
		if !ok {
			inner = map[string]int{}
			nested[a] = inner
		}
		inner[b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	add("w", "y")
	keys := []string{}
	for k := range nested {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, nested[k])
	}
}
