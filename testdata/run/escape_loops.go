// Programs that break if a non-escaping decision were wrong: values that
// outlive a loop iteration, closures kept after their frame, pointers
// stored through pointers, goroutines capturing variables, defers in
// loops. A frame slot is reused by every iteration of its site, so any of
// these placed in the frame would print the last value instead.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type node struct {
	v    int
	next *node
}

type box struct{ p *int }

var global *int

//go:noinline
func closuresInLoop() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	return fs
}

//go:noinline
func pointersAcrossIterations() []*int {
	var ps []*int
	for i := 0; i < 3; i++ {
		x := i + 100
		ps = append(ps, &x)
	}
	return ps
}

//go:noinline
func list(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{v: i, next: head}
	}
	return head
}

//go:noinline
func storeThrough(b *box, v int) {
	x := v
	b.p = &x
}

//go:noinline
func newInLoop() []*int {
	var out []*int
	for i := 0; i < 3; i++ {
		p := new(int)
		*p = i * 7
		out = append(out, p)
	}
	return out
}

//go:noinline
func literalsInLoop() [][]int {
	var out [][]int
	for i := 0; i < 3; i++ {
		out = append(out, []int{i, i + 1})
	}
	return out
}

//go:noinline
func makeInLoop() [][]byte {
	var out [][]byte
	for i := 0; i < 3; i++ {
		b := make([]byte, 2)
		b[0] = byte('a' + i)
		b[1] = byte('A' + i)
		out = append(out, b)
	}
	return out
}

//go:noinline
func deferInLoop() (s string) {
	for i := 0; i < 3; i++ {
		defer func() { s += fmt.Sprint(i) }()
	}
	return "d:"
}

//go:noinline
func deferCaptures(n int) (r int) {
	defer func() { r = r*10 + n }()
	n++
	return n
}

//go:noinline
func goroutines() []int {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var got []int
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, i*i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(got)
	return got
}

//go:noinline
func counter() (func() int, func() int) {
	n := 0
	inc := func() int { n++; return n }
	get := func() int { return n }
	return inc, get
}

//go:noinline
func keepGlobal(v int) {
	x := v
	global = &x
}

//go:noinline
func ifaceInLoop() []any {
	var out []any
	for i := 0; i < 3; i++ {
		v := [2]int{i, -i}
		out = append(out, v)
	}
	return out
}

//go:noinline
func variadicKept(xs ...int) []int { return xs }

//go:noinline
func methodValues() []func() int {
	var out []func() int
	for i := 0; i < 3; i++ {
		n := node{v: i}
		out = append(out, n.get)
	}
	return out
}

func (n node) get() int { return n.v }

//go:noinline
func capturedThenChanged() func() int {
	x := 1
	f := func() int { return x }
	x = 2
	return f
}

//go:noinline
func sharedAcrossClosures() int {
	total := 0
	add := func(k int) { total += k }
	for i := 1; i <= 4; i++ {
		add(i)
	}
	return total
}

func main() {
	for _, f := range closuresInLoop() {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for _, p := range pointersAcrossIterations() {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	for n := list(4); n != nil; n = n.next {
		fmt.Print(n.v, " ")
	}
	fmt.Println()
	var b1, b2 box
	storeThrough(&b1, 1)
	storeThrough(&b2, 2)
	fmt.Println(*b1.p, *b2.p)
	for _, p := range newInLoop() {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	fmt.Println(literalsInLoop())
	for _, b := range makeInLoop() {
		fmt.Print(string(b), " ")
	}
	fmt.Println()
	fmt.Println(deferInLoop())
	fmt.Println(deferCaptures(4))
	fmt.Println(goroutines())
	inc, get := counter()
	inc()
	inc()
	fmt.Println(get())
	keepGlobal(5)
	keepGlobal(6)
	fmt.Println(*global)
	fmt.Println(ifaceInLoop())
	a := variadicKept(1, 2, 3)
	c := variadicKept(4, 5, 6)
	fmt.Println(a, c)
	for _, f := range methodValues() {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(capturedThenChanged()())
	fmt.Println(sharedAcrossClosures())
}
