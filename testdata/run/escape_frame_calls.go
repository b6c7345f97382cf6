// Allocations that do not escape across calls, closures called locally,
// recursion with pointers to the parent's frame, recover in a deferred
// closure reading a frame variable, and values that do escape from loops
// and through an identity function.
package main

import "fmt"

type T struct{ a, b int }

func (t *T) Inc() int { t.a++; return t.a }

var q *T
var sink []*int

//go:noinline
func churn() {
	var keep [][]byte
	for i := 0; i < 3000; i++ {
		b := make([]byte, 64+i%200)
		for j := range b {
			b[j] = 0x55
		}
		if i%7 == 0 {
			keep = append(keep, b)
		}
	}
	_ = keep
}

//go:noinline
func loopKeep() *T {
	var last *T
	for i := 0; i < 3; i++ {
		p := &T{a: i}
		if i == 0 {
			last = p
		}
	}
	churn()
	return last
}

//go:noinline
func ident(p *int) *int { return p }

//go:noinline
func leakThrough() {
	x := 5
	r := ident(&x)
	sink = append(sink, r)
}

//go:noinline
func counter() int {
	x := 0
	inc := func() { x++ }
	inc()
	inc()
	add := func(n int) {
		deeper := func() { x += n }
		deeper()
	}
	add(10)
	return x
}

//go:noinline
func loopVars() {
	for i := 0; i < 5; i++ {
		f := func() { i++ }
		f()
		fmt.Print(i, " ")
	}
	fmt.Println()
}

//go:noinline
func deferSeesLater() (s string) {
	x := 1
	defer func() { s = fmt.Sprint("x=", x) }()
	x = 2
	churn()
	return
}

//go:noinline
func recoverInFrame() (msg string) {
	t := T{a: 3}
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered ", r, " a=", t.a)
		}
	}()
	t.a = 4
	var m map[string]int
	m["x"] = 1
	return "no"
}

//go:noinline
func methodVal() int {
	t := T{a: 1}
	f := t.Inc
	f()
	g := (&t).Inc
	g()
	return t.a
}

//go:noinline
func recurse(depth int, parent *T) int {
	t := T{a: depth}
	if parent != nil {
		t.b = parent.a
	}
	if depth == 0 {
		churn()
		return t.b
	}
	return recurse(depth-1, &t) + t.b
}

//go:noinline
func variableMake(n int) int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	churn()
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

//go:noinline
func appendThenShare(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	churn()
	return s
}

//go:noinline
func byteConv(s string) string {
	b := []byte(s)
	b[0] = 'Z'
	churn()
	return string(b)
}

//go:noinline
func captureArray() int {
	arr := [3]int{1, 2, 3}
	sum := func() int { return arr[0] + arr[1] + arr[2] }
	arr[1] = 20
	return sum()
}

//go:noinline
func ptrToFrameInFrame() int {
	x := 7
	box := &struct{ p *int }{&x}
	pp := &box
	churn()
	return *(*pp).p
}

func main() {
	fmt.Println(loopKeep().a)
	leakThrough()
	churn()
	fmt.Println(*sink[0])
	fmt.Println(counter())
	loopVars()
	fmt.Println(deferSeesLater())
	fmt.Println(recoverInFrame())
	fmt.Println(methodVal())
	fmt.Println(recurse(5, nil))
	fmt.Println(variableMake(3), variableMake(50))
	a, b := appendThenShare(3), appendThenShare(20)
	churn()
	fmt.Println(a, len(b), cap(a), cap(b), b[19])
	fmt.Println(byteConv("hello"), byteConv("a long string that does not fit in the buffer"))
	fmt.Println(captureArray(), ptrToFrameInFrame())
}
