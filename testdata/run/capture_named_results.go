// `return x, ...` assigns the named results before the function returns,
// so a closure capturing a named result sees the returned value: a
// deferred closure (Go issue 9738) and closures kept after the call. Such
// a result is assigned by every `return` with operands, so it is never
// captured by value. (Go issue 32175, a deferred closure made by an
// immediately called literal, is left to Go's test suite: gc's -d=defer
// there depends on inlining the literal.)
package main

import "fmt"

type pair struct{ a, b [4]int }

var keep func() int
var keepPair func() (pair, pair)

//go:noinline
func deferred() (x int) {
	defer func() {
		if x != 42 {
			fmt.Println("BUG: x =", x)
		}
	}()
	return 42
}

//go:noinline
func kept() (x int) {
	keep = func() int { return x }
	return 42
}

//go:noinline
func swapped() (p, q pair) {
	p.a[0], q.a[0] = 1, 2
	keepPair = func() (pair, pair) { return p, q }
	return q, p
}

//go:noinline
func keptLocalOnly() (x int) {
	get := func() int { return x }
	x = 3
	return get() + 10
}

//go:noinline
func clobber() int {
	var a [128]int
	for i := range a {
		a[i] = i
	}
	return a[99]
}

func main() {
	deferred()
	kept()
	clobber()
	fmt.Println("kept", keep())
	p, q := swapped()
	clobber()
	kp, kq := keepPair()
	fmt.Println(p.a[0], q.a[0], kp.a[0], kq.a[0])
	fmt.Println(keptLocalOnly())
}
