// More values that must outlive their frame: a pointer wrapped by a
// callee's heap object, a self-referencing struct, pointers copied by
// value into globals (structs, arrays), slices of local arrays sent on a
// channel or returned, a goroutine assigning a captured variable, interior
// pointers returned through an interface method or a closure, maps.
package main

import (
	"fmt"
	"sync"
)

type S struct{ p *int }
type node struct {
	v    int
	next *node
}
type box struct {
	p   *int
	arr [2]*int
}

var globalBox box
var globalArr [2]*int
var gs *S
var gch = make(chan []int, 1)

//go:noinline
func churn() {
	var keep [][]byte
	for i := 0; i < 2000; i++ {
		b := make([]byte, 64+i%300)
		for j := range b {
			b[j] = 0x33
		}
		if i%5 == 0 {
			keep = append(keep, b)
		}
	}
	_ = keep
}

//go:noinline
func wrap(p *int) *S { return &S{p} }

//go:noinline
func viaWrap(v int) {
	x := v
	gs = wrap(&x)
}

//go:noinline
func selfRef(v int) *node {
	n := node{v: v}
	n.next = &n
	return n.next
}

//go:noinline
func copyBoxOut(v int) {
	x, y := v, v+1
	var b box
	b.p = &x
	b.arr[1] = &y
	globalBox = b
}

//go:noinline
func arrayCopyOut(v int) {
	x := v
	var a [2]*int
	a[0] = &x
	globalArr = a
}

//go:noinline
func sendArraySlice(v int) {
	arr := [3]int{v, v, v}
	gch <- arr[:]
}

//go:noinline
func appendContent(dst []*int, v int) []*int {
	x := v
	src := []*int{&x}
	return append(dst, src...)
}

//go:noinline
func goByRef() int {
	x := 1
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		churn()
		x = 42
		wg.Done()
	}()
	wg.Wait()
	return x
}

type getter interface{ get() *int }
type holder struct{ x int }

func (h *holder) get() *int { return &h.x }

//go:noinline
func ifaceReturnsInterior(v int) *int {
	h := holder{x: v}
	var g getter = &h
	return g.get()
}

//go:noinline
func closureReturnsAddr(v int) *int {
	x := v
	f := func() *int { return &x }
	return f()
}

//go:noinline
func multiLevel(v int) **int {
	x := v
	p := &x
	pp := &p
	return pp
}

//go:noinline
func structOfSlices(v int) [][]int {
	a := [2]int{v, v}
	b := [2]int{-v, -v}
	return [][]int{a[:], b[:]}
}

//go:noinline
func mapOfPtrs(v int) map[int]*int {
	x := v
	m := make(map[int]*int)
	m[0] = &x
	return m
}

//go:noinline
func localMapThenOut(v int) *int {
	x := v
	m := map[int]*int{}
	m[0] = &x
	return m[0]
}

func main() {
	viaWrap(1)
	n := selfRef(2)
	copyBoxOut(3)
	arrayCopyOut(5)
	sendArraySlice(6)
	ac := appendContent(nil, 7)
	g := goByRef()
	ir := ifaceReturnsInterior(8)
	cr := closureReturnsAddr(9)
	ml := multiLevel(10)
	ss := structOfSlices(11)
	mp := mapOfPtrs(12)
	lm := localMapThenOut(13)
	churn()
	churn()
	fmt.Println(*gs.p, n.v, n.next.v, *globalBox.p, *globalBox.arr[1], *globalArr[0], <-gch, *ac[0], g, *ir, *cr, **ml, ss, *mp[0], *lm)
}
