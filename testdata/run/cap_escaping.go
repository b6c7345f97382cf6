// Capacities of slices that escape after being built by append: gc 1.26
// keeps the backing store in the frame while the variable is exclusive and
// moves it to the heap when it is shared (cmd/compile/internal/slice), so
// a returned 3-element []int has cap 3, and with cap() used the capacity
// steps 1, 2, 3, 4; under -N, plain growslice (X.stdout-N).
package main

import "fmt"

var sink []int

//go:noinline
func named(n int) (s []int) {
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return
}

//go:noinline
func withCap(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		if cap(s) > 100 {
			break
		}
	}
	return s
}

//go:noinline
func assignOut(n int) {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i*2)
	}
	sink = s
}

//go:noinline
func strs(n int) []string {
	var s []string
	for i := 0; i < n; i++ {
		s = append(s, "x")
	}
	return s
}

//go:noinline
func bytesOut(n int) []byte {
	var b []byte
	for i := 0; i < n; i++ {
		b = append(b, byte(i))
	}
	return b
}

//go:noinline
func reslice(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	s = s[1:]
	return s
}

//go:noinline
func twoAppends() []int {
	var s []int
	s = append(s, 1)
	s = append(s, 2, 3)
	return s
}

//go:noinline
func oneAppend() []int {
	var s []int
	s = append(s, 1)
	return s
}

//go:noinline
func indexed(n int) []int {
	s := []int{}
	for i := 0; i < n; i++ {
		s = append(s, i)
		s[0] = 42
	}
	return s
}

func main() {
	for _, n := range []int{0, 1, 2, 3, 4, 5, 7, 9} {
		a := named(n)
		b := withCap(n)
		assignOut(n)
		c := strs(n)
		d := bytesOut(n * 9)
		e := reslice(n + 1)
		f := indexed(n + 1)
		fmt.Println(n, cap(a), cap(b), cap(sink), cap(c), cap(d), cap(e), len(e), cap(f), f[0])
	}
	fmt.Println(cap(twoAppends()), cap(oneAppend()), twoAppends())
}
