package main

// go and defer evaluate the function value, the receiver and the
// arguments at the statement in gc's order: the calls among them first,
// then the other operands, left to right.

import "sync"

type T struct{ n int }

func (t T) V(k int)  { println("V", t.n, k) }
func (t *T) P(k int) { println("P", t.n, k) }

type I interface{ V(int) }

var (
	p      = &T{1}
	t      = T{2}
	i   I  = T{3}
	f      = func(k int) { println("f1", k) }
	x      = 5
	wg  sync.WaitGroup
	out = make(chan string, 10)
)

func g() int {
	println("g")
	p = &T{10}
	t = T{20}
	i = T{30}
	f = func(k int) { println("f2", k) }
	x = 50
	return 7
}

func reset() {
	p, t, i, x = &T{1}, T{2}, T{3}, 5
	f = func(k int) { println("f1", k) }
}

func globals() {
	defer p.V(g())
	defer t.V(g())
	defer i.V(g())
	defer f(g())
	defer p.P(g())
	defer t.P(g())
	defer println("println", x, g())
}

func locals() {
	q := &T{1}
	u := T{2}
	var j I = T{3}
	h := func(k int) { println("h1", k) }
	y := 5
	set := func() int {
		println("set")
		q, u, j, y = &T{10}, T{20}, T{30}, 50
		h = func(k int) { println("h2", k) }
		return 7
	}
	defer q.V(set())
	defer u.V(set())
	defer j.V(set())
	defer h(set())
	defer println("println", y, set())
	defer func(a, b int) { println("literal", a, b) }(y, set())
}

func show(wg *sync.WaitGroup, a, b int) {
	defer wg.Done()
	println("show", a, b)
}

func started() {
	reset()
	wg.Add(1)
	go show(&wg, x, g())
	wg.Wait()
	reset()
	wg.Add(1)
	k := 1
	go show(&wg, k, func() int { k = 100; return 2 }())
	wg.Wait()
}

func main() {
	globals()
	reset()
	locals()
	started()
	close(out)
}
