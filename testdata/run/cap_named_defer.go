// gc 1.26 moves a slice built by append to the heap just before it is
// shared (`return s`), keeping its store in the frame until then; but only
// for a slice held in registers. A named result of a function with defers
// lives in memory (deferred calls may read it, and it is returned after a
// recovered panic without passing the return statement), so its appends
// never use a frame buffer: growslice's capacities, and the slice survives
// the frame.
package main

import "fmt"

//go:noinline
func clobber(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n * 1000
	}
	if n > 0 {
		return clobber(n-1) + a[3]
	}
	return a[5]
}

//go:noinline
func plain(n int) (s []int) {
	for i := 0; i < n; i++ {
		s = append(s, i+1)
		_ = cap(s)
	}
	return s
}

//go:noinline
func withDefer(n int) (s []int) {
	defer func() { recover() }()
	for i := 0; i < n; i++ {
		s = append(s, i+1)
		_ = cap(s)
	}
	return s
}

//go:noinline
func unnamedWithDefer(n int) []int {
	defer func() { recover() }()
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i+1)
		_ = cap(s)
	}
	return s
}

//go:noinline
func bareReturn(n int) (s []int) {
	defer fmt.Print("")
	for i := 0; i < n; i++ {
		s = append(s, i+1)
		_ = cap(s)
	}
	return
}

//go:noinline
func recovered(n int) (s []int) {
	defer func() { recover() }()
	for i := 0; i < n; i++ {
		s = append(s, i+1)
		_ = cap(s)
	}
	if n > 0 {
		panic("boom")
	}
	return s
}

//go:noinline
func recoveredNoCap(n int) (s []byte) {
	defer func() { recover() }()
	for i := 0; i < n; i++ {
		s = append(s, byte('a'+i))
	}
	if n > 0 {
		panic("boom")
	}
	return s
}

func main() {
	fmt.Println(cap(plain(3)), cap(withDefer(3)), cap(unnamedWithDefer(3)), cap(bareReturn(3)))
	r := recovered(3)
	clobber(5)
	fmt.Println(r, len(r), cap(r))
	b := recoveredNoCap(5)
	clobber(5)
	fmt.Println(string(b), len(b), cap(b))
}
