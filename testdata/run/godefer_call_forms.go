package main

// The call forms of go and defer, each with its operands evaluated at
// the statement: method values on values, pointers and embedded fields,
// method expressions, promoted interface methods, calls of func
// literals, of converted func values and of call results, variadic calls
// with and without `...`.

import (
	"fmt"
	"sync"
)

type T struct{ n int }

func (t T) V(tag string)  { fmt.Println("V", tag, t.n) }
func (t *T) P(tag string) { fmt.Println("P", tag, t.n) }

type Named interface {
	W(string)
	WG(*sync.WaitGroup, string)
}

type U struct{ k int }

func (u U) W(tag string) { fmt.Println("W", tag, u.k) }

func (u U) WG(wg *sync.WaitGroup, tag string) {
	defer wg.Done()
	fmt.Println("WG", tag, u.k)
}

func (t T) G(wg *sync.WaitGroup, tag string) {
	defer wg.Done()
	fmt.Println("G", tag, t.n)
}

func (t *T) PG(wg *sync.WaitGroup, tag string) {
	defer wg.Done()
	fmt.Println("PG", tag, t.n)
}

func (in Inner) IG(wg *sync.WaitGroup, tag string) {
	defer wg.Done()
	fmt.Println("IG", tag, in.m)
}

type Outer struct {
	T
	*Inner
	Named
}

type Inner struct{ m int }

func (in Inner) IV(tag string) { fmt.Println("IV", tag, in.m) }

type Handler func(string, int)

func sum(tag string, xs ...int) {
	s := 0
	for _, x := range xs {
		s += x
	}
	fmt.Println("sum", tag, len(xs), s, xs == nil)
}

func maker(tag string) func(string) {
	fmt.Println("maker", tag)
	return func(s string) { fmt.Println("made", tag, s) }
}

var wg sync.WaitGroup

func deferred() {
	t := T{1}
	p := &T{2}
	o := Outer{T{3}, &Inner{4}, U{5}}
	defer t.V("value")
	defer t.P("value, pointer method")
	defer p.V("pointer, value method")
	defer p.P("pointer")
	defer o.V("embedded value")
	defer o.P("embedded, pointer method")
	defer o.IV("embedded pointer, value method")
	defer o.W("promoted interface method")
	defer o.Named.W("embedded interface")
	defer T.V(t, "method expression")
	defer (*T).P(p, "pointer method expression")
	defer Named.W(U{6}, "interface method expression")
	defer func(a int, s string) { fmt.Println("literal", a, s) }(t.n, "arg")
	defer Handler(func(s string, a int) { fmt.Println("handler", s, a) })("converted", t.n)
	defer maker("at the statement")("later")
	xs := []int{1, 2, 3}
	defer sum("spread", xs...)
	defer sum("extras", t.n, p.n, 3)
	defer sum("none")
	t.n, p.n, o.T.n, o.Inner.m = 10, 20, 30, 40
	o.Named = U{50}
	xs[0] = 100 // shared with the spread slice
	fmt.Println("body done")
}

func started() {
	t := T{1}
	p := &T{2}
	o := Outer{T{3}, &Inner{4}, U{5}}
	run := func(f func()) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f()
		}()
		wg.Wait()
	}
	wg.Add(1)
	go func(tag string) {
		defer wg.Done()
		t.V(tag)
	}("closure")
	wg.Wait()
	ch := make(chan bool)
	step := func(f func(string), tag string) {
		go func() {
			f(tag)
			ch <- true
		}()
		<-ch
	}
	step(t.V, "method value")
	step(p.P, "pointer method value")
	step(o.IV, "embedded pointer method value")
	step(o.W, "promoted interface method value")
	run(func() { fmt.Println("run") })
	change := func() {
		// A new p: the goroutine reads the one evaluated at the statement.
		t.n, p, o.T.n, o.Inner.m = t.n+10, &T{p.n + 10}, o.T.n+10, o.Inner.m+10
		o.Named = U{o.Named.(U).k + 10}
		wg.Wait()
	}
	wg.Add(1)
	go t.G(&wg, "go value")
	change()
	wg.Add(1)
	go p.PG(&wg, "go pointer")
	change()
	wg.Add(1)
	go o.G(&wg, "go embedded value")
	change()
	wg.Add(1)
	go o.IG(&wg, "go embedded pointer")
	change()
	wg.Add(1)
	go o.WG(&wg, "go promoted interface method")
	change()
	wg.Add(1)
	go T.G(t, &wg, "go method expression")
	change()
	t.n, p.n, o.T.n, o.Inner.m = 1, 2, 3, 4
	fin := make(chan int)
	total := func(xs ...int) {
		s := 0
		for _, x := range xs {
			s += x
		}
		fin <- s
	}
	go total(t.n, p.n, 7)
	t.n = 1000
	fmt.Println("total", <-fin)
	ys := []int{4, 5}
	go total(ys...)
	fmt.Println("total spread", <-fin)
}

func nilPointerValueMethod() {
	defer func() { fmt.Println("recovered at the statement:", recover() != nil) }()
	var p *T
	defer p.P("nil pointer, pointer method: runs")
	defer fmt.Println("deferred before the panic")
	defer p.V("not reached")
	fmt.Println("not reached")
}

func nilEmbeddedPointer() {
	defer func() { fmt.Println("recovered embedded:", recover() != nil) }()
	o := Outer{}
	defer o.IV("not reached")
	fmt.Println("not reached")
}

func main() {
	deferred()
	started()
	nilPointerValueMethod()
	nilEmbeddedPointer()
}
