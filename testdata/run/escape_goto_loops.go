// A backward goto makes a loop without a for statement: a variable,
// &T{...}, new, a slice literal, an interface box or a closure made in it
// and kept in a location declared before the label must get a new object
// per execution (escape analysis's loop depth counts looping labels), not
// one frame slot that the next execution overwrites.
package main

import "fmt"

type T struct{ v int }

//go:noinline
func gotoLoop() int {
	var prev *int
	i := 0
L:
	x := i
	if prev != nil && *prev != i-1 {
		return -1
	}
	prev = &x
	i++
	if i < 5 {
		goto L
	}
	return *prev
}

//go:noinline
func gotoLit() []int {
	var ps [3]*T
	i := 0
again:
	p := &T{v: i * 10}
	ps[i] = p
	i++
	if i < 3 {
		goto again
	}
	return []int{ps[0].v, ps[1].v, ps[2].v}
}

//go:noinline
func gotoClosure() []int {
	var fs [3]func() int
	i := 0
top:
	k := i * 7
	fs[i] = func() int { return k }
	i++
	if i < 3 {
		goto top
	}
	return []int{fs[0](), fs[1](), fs[2]()}
}

//go:noinline
func gotoAppend() []*int {
	var out [4]*int
	n := 0
loop:
	v := n + 100
	out[n] = &v
	n++
	if n < 4 {
		goto loop
	}
	return []*int{out[0], out[3]}
}

//go:noinline
func gotoNew() int {
	var prev *int
	i := 0
L:
	p := new(int)
	*p = i
	if prev != nil && *prev != i-1 {
		return -1
	}
	prev = p
	i++
	if i < 4 {
		goto L
	}
	return *prev
}

//go:noinline
func gotoSliceLit() int {
	var prev []int
	i := 0
L:
	s := []int{i, i}
	if prev != nil && prev[0] != i-1 {
		return -1
	}
	prev = s
	i++
	if i < 4 {
		goto L
	}
	return prev[0]
}

//go:noinline
func gotoIface() int {
	var prev any
	i := 0
L:
	var a any = [2]int{i, i}
	if prev != nil && prev.([2]int)[0] != i-1 {
		return -1
	}
	prev = a
	i++
	if i < 4 {
		goto L
	}
	return prev.([2]int)[0]
}

func main() {
	fmt.Println(gotoLoop(), gotoLit(), gotoClosure(), gotoNew(), gotoSliceLit(), gotoIface())
	ps := gotoAppend()
	fmt.Println(*ps[0], *ps[1])
}
