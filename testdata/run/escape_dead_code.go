package main

import "fmt"

var sink func() int

// r is captured only by a closure written after an unconditional panic:
// gc drops that code before escape analysis, so r stays in the frame and
// the defer is open-coded.
func afterPanic(fail bool) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -1
		}
	}()
	r = 1
	if fail {
		panic("fail")
	}
	return r + 1
	sink = func() int { return r }
	return
}

// The same after an unconditional panic.
func alwaysPanics() (r int) {
	defer func() {
		recover()
		r = 7
	}()
	panic("always")
	sink = func() int { return r }
	return
}

// After a return and in a constant-false branch: neither closure is
// analysed, p never moves to the heap.
func deadBranches(x int) (p int) {
	defer func() { p *= 2 }()
	p = x
	if false {
		sink = func() int { return p }
	}
	if x < 0 || false {
		return -x
	}
	return p
	sink = func() int { return p * 3 }
	return
}

// A label after the return keeps the code before it: q escapes.
func labelled(n int) (q int) {
	defer func() { q++ }()
	q = n
	if n > 0 {
		goto end
	}
	return q
	sink = func() int { return q }
end:
	return q
}

// Code after an if whose both branches end is dead too.
func bothEnd(b bool) (s int) {
	defer func() { s += 10 }()
	if b {
		return 1
	} else {
		panic("no")
	}
	sink = func() int { return s }
	return
}

func main() {
	fmt.Println(afterPanic(false))
	fmt.Println(afterPanic(true))
	fmt.Println(alwaysPanics())
	fmt.Println(deadBranches(4), deadBranches(-3))
	fmt.Println(labelled(5), labelled(0))
	fmt.Println(bothEnd(true))
	fmt.Println(sink == nil)
}
