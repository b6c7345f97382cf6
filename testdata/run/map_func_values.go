package main

import (
	"fmt"
	"sort"
)

type Op func(a, b int) int

type Calc struct {
	name string
	ops  map[string]Op
	post func(int) int
}

func main() {
	c := Calc{
		name: "basic",
		ops: map[string]Op{
			"+": func(a, b int) int { return a + b },
			"-": func(a, b int) int { return a - b },
			"*": func(a, b int) int { return a * b },
		},
		post: func(x int) int { return x * 10 },
	}
	c.ops["max"] = func(a, b int) int { return max(a, b) }
	names := []string{}
	for k := range c.ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, c.ops[n](7, 3), c.post(c.ops[n](1, 2)))
	}
	if f, ok := c.ops["/"]; !ok {
		fmt.Println("no /", f == nil)
	}
}
