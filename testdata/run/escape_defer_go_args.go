// Arguments of defer and go statements are evaluated at the statement and
// must survive until the call runs: the ... slices, interface boxes and
// closure records of defers in loops and of goroutines are never frame
// slots reused by the next iteration.
package main

import (
	"fmt"
	"sync"
)

type pt struct{ x, y int }

//go:noinline
func sum(label string, xs ...int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	fmt.Println(label, t, len(xs))
}

//go:noinline
func show(vs ...any) { fmt.Println(vs...) }

//go:noinline
func deferVariadicLoop() {
	for i := 0; i < 3; i++ {
		defer sum("dv", i, i*10, i*100)
	}
}

//go:noinline
func deferIfaceLoop() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("di", i, pt{i, -i})
	}
}

//go:noinline
func deferShowLoop() {
	for i := 0; i < 3; i++ {
		p := pt{i, i}
		defer show(p, &p, [2]int{i, i})
	}
}

//go:noinline
func deferVariadicOnce(n int) {
	defer sum("d1", n, n+1)
	defer show(n, pt{n, n})
	n = 100
}

//go:noinline
func goVariadic() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	results := make([]string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(k int, vs ...any) {
			defer wg.Done()
			mu.Lock()
			results[k] = fmt.Sprint(vs...)
			mu.Unlock()
		}(i, i, pt{i, i * 2}, [3]int{i})
	}
	wg.Wait()
	fmt.Println(results)
}

//go:noinline
func goMethod() {
	var wg sync.WaitGroup
	out := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		b := &box{v: i}
		go b.put(&wg, out, i)
	}
	wg.Wait()
	fmt.Println(out)
}

type box struct{ v int }

func (b *box) put(wg *sync.WaitGroup, out []int, i int) {
	out[i] = b.v * 3
	wg.Done()
}

//go:noinline
func deferMethodValueLoop() {
	for i := 0; i < 3; i++ {
		b := box{v: i}
		defer b.print()
	}
}

func (b box) print() { fmt.Println("mv", b.v) }

//go:noinline
func deferClosureArgLoop() {
	for i := 0; i < 3; i++ {
		defer func(p pt, a any) { fmt.Println("ca", p, a) }(pt{i, i}, [1]int{i})
	}
}

func main() {
	deferVariadicLoop()
	deferIfaceLoop()
	deferShowLoop()
	deferVariadicOnce(7)
	goVariadic()
	goMethod()
	deferMethodValueLoop()
	deferClosureArgLoop()
}
