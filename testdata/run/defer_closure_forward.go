// Deferred function literals that open-coded exits call directly and
// inline (small leaves), with what they capture forwarded from the
// closure record: by value, by reference (reassigned after the defer
// statement), several defers, early returns, a panic recovered by
// another deferred call, and a named result changed by the deferred
// literal.
package main

import "fmt"

var sink int

//go:noinline
func byValue(i int) {
	defer func() { sink += i }()
}

//go:noinline
func byRef(i int) {
	x := i
	defer func() { sink += x * 10 }()
	x = i + 1
	if i%2 == 0 {
		x = i + 2
		return
	}
	x *= 3
}

//go:noinline
func twoDefers(a, b int) int {
	defer func() { sink -= a }()
	if a > b {
		return a
	}
	defer func() { sink += b * 100 }()
	return b
}

//go:noinline
func named(n int) (r int) {
	defer func() { r += n }()
	return n * 2
}

//go:noinline
func recovered(xs []int, k int) (got int) {
	t := k
	defer func() { sink += t }()
	defer func() {
		if e := recover(); e != nil {
			got = -1
			t = 1000
		}
	}()
	t = k + 5
	return xs[k]
}

//go:noinline
func loopy(n int) {
	for i := 0; i < n; i++ {
		j := i
		defer func() { sink += j }()
	}
}

func main() {
	for i := 0; i < 5; i++ {
		byValue(i)
	}
	fmt.Println("byValue", sink)
	sink = 0
	for i := 0; i < 5; i++ {
		byRef(i)
		fmt.Println("byRef", i, sink)
	}
	sink = 0
	fmt.Println(twoDefers(3, 1), sink)
	fmt.Println(twoDefers(1, 3), sink)
	fmt.Println(named(7), named(-1))
	sink = 0
	xs := []int{10, 20}
	fmt.Println(recovered(xs, 1), sink)
	fmt.Println(recovered(xs, 5), sink)
	sink = 0
	loopy(4)
	fmt.Println("loopy", sink)
}
