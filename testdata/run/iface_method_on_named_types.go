package main

import (
	"fmt"
	"strings"
)

type Words []string

func (w Words) String() string { return strings.Join(w, "+") }
func (w Words) Len() int       { return len(w) }

type Fn func(int) int

func (f Fn) Apply(x int) int { return f(x) }

type Applier interface{ Apply(int) int }

type Counter map[string]int

func (c Counter) Add(k string) { c[k]++ }

func main() {
	var s fmt.Stringer = Words{"a", "b", "c"}
	fmt.Println(s, s.(Words).Len())
	var ap Applier = Fn(func(x int) int { return x * x })
	fmt.Println(ap.Apply(7))
	c := Counter{}
	c.Add("x")
	c.Add("x")
	fmt.Println(c["x"])
}
