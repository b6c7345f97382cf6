// Flows that make a value outlive its frame: escape analysis must move it
// to the heap (results, parameters that leak, unknown callees, interface
// methods, mutually recursive functions, channels, select, copy, method
// values, panics, nested closures); a frame slot here would print
// clobbered values after churn() reuses the stack and the heap.
package main

import (
	"fmt"
	"strings"
)

type S struct{ p *int }

type Getter interface{ Get() int }

type V struct{ v int }

func (v V) Get() int   { return v.v }
func (v *V) PGet() int { return v.v }

var global []int
var gp *int
var gi Getter
var gs []Getter
var fns []func() int

//go:noinline
func churn() {
	var keep [][]byte
	for i := 0; i < 3000; i++ {
		b := make([]byte, 64+i%200)
		for j := range b {
			b[j] = 0x77
		}
		if i%7 == 0 {
			keep = append(keep, b)
		}
	}
	_ = keep
}

//go:noinline
func arraySlice() {
	arr := [3]int{1, 2, 3}
	global = arr[:]
}

//go:noinline
func structRet(v int) S {
	x := v
	return S{p: &x}
}

//go:noinline
func intoParam(s []*int, v int) {
	x := v
	s[0] = &x
}

//go:noinline
func appendParam(p *[]*int, v int) {
	x := v
	*p = append(*p, &x)
}

//go:noinline
func unknownCallee(f func(*int), v int) {
	x := v
	f(&x)
}

//go:noinline
func viaInterface(g interface{ Take(*int) }, v int) {
	x := v
	g.Take(&x)
}

type taker struct{}

func (taker) Take(p *int) { gp = p }

//go:noinline
func mutualA(p *int, n int) {
	if n == 0 {
		gp = p
		return
	}
	mutualB(p, n-1)
}

//go:noinline
func mutualB(p *int, n int) { mutualA(p, n) }

//go:noinline
func callMutual(v int) {
	x := v
	mutualA(&x, 3)
}

//go:noinline
func chanOfChan(v int) chan *int {
	c := make(chan chan *int, 1)
	inner := make(chan *int, 1)
	x := v
	inner <- &x
	c <- inner
	return <-c
}

//go:noinline
func selectSend(c chan *int, v int) {
	x := v
	select {
	case c <- &x:
	default:
	}
}

//go:noinline
func copyInto(dst []*int, v int) {
	x := v
	copy(dst, []*int{&x})
}

//go:noinline
func ifaceStore(v int) {
	val := V{v: v}
	gi = val
	p := &V{v: v + 1}
	gs = append(gs, p)
}

//go:noinline
func nestedClosure(v int) func() func() int {
	x := v
	return func() func() int {
		y := x + 1
		return func() int { x++; return x + y }
	}
}

//go:noinline
func goArgs(v int) int {
	x := v
	done := make(chan int)
	go func(p *int) { churn(); done <- *p }(&x)
	return <-done
}

//go:noinline
func deferArgsLoop(n int) (s string) {
	for i := 0; i < n; i++ {
		x := i
		defer func(p *int) { s += fmt.Sprint(*p) }(&x)
	}
	return
}

//go:noinline
func panicIface(v int) (r any) {
	defer func() { r = recover() }()
	val := V{v: v}
	panic(Getter(&val))
}

//go:noinline
func methodExpr(v int) int {
	val := V{v: v}
	f := (*V).PGet
	return f(&val)
}

//go:noinline
func methodValueEscape(v int) {
	val := V{v: v}
	fns = append(fns, val.PGet)
}

//go:noinline
func builderLocal(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	return b.String()
}

//go:noinline
func sliceLitStored(v int) {
	s := []int{v, v * 2}
	global = s
}

//go:noinline
func mapValue(v int) map[string][]int {
	m := map[string][]int{}
	s := []int{v}
	m["a"] = s
	return m
}

//go:noinline
func retClosureLoop() []func() int {
	var out []func() int
	for i := 0; i < 3; i++ {
		x := i * 3
		out = append(out, func() int { return x })
	}
	return out
}

//go:noinline
func assignThroughPtrPtr(v int) {
	x := v
	p := &x
	pp := &p
	gp = *pp
}

func main() {
	arraySlice()
	s1 := structRet(5)
	ptrs := make([]*int, 1)
	intoParam(ptrs, 6)
	var ap []*int
	appendParam(&ap, 7)
	unknownCallee(func(p *int) { gp = p }, 8)
	g1 := *gp
	viaInterface(taker{}, 9)
	g2 := *gp
	callMutual(10)
	g3 := *gp
	ci := chanOfChan(11)
	sc := make(chan *int, 1)
	selectSend(sc, 12)
	dst := make([]*int, 1)
	copyInto(dst, 13)
	ifaceStore(14)
	nc := nestedClosure(15)()
	ga := goArgs(16)
	da := deferArgsLoop(3)
	pi := panicIface(17)
	me := methodExpr(18)
	methodValueEscape(19)
	bl := builderLocal(4)
	mv := mapValue(20)
	rc := retClosureLoop()
	assignThroughPtrPtr(21)
	sliceLitStored(22)
	g4 := *gp
	churn()
	churn()
	fmt.Println(global, *s1.p, *ptrs[0], *ap[0], g1, g2, g3, *<-ci, *<-sc, *dst[0])
	fmt.Println(gi.Get(), gs[0].Get(), nc(), nc(), ga, da, pi.(Getter).Get(), me, fns[0](), bl, mv)
	fmt.Println(rc[0](), rc[1](), rc[2](), g4)
}
