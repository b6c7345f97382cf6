// Capacities of slices that do not escape, for element sizes from 1 to 40
// bytes: gc (optimizing) gives the first growth from empty a 32-byte
// frame buffer when the element is at most 32 bytes, and a small `make`
// of variable size the same buffer; under -N neither (X.stdout-N).
package main

import "fmt"

type e3 [3]byte
type e5 [5]byte
type e12 [12]byte
type e24 [3]int64
type e32 [4]int64
type e40 [5]int64

//go:noinline
func grow1(n int) {
	var s []byte
	for i := 0; i < n; i++ {
		s = append(s, byte(i))
		fmt.Print(cap(s), " ")
	}
	fmt.Println("| 1")
}

//go:noinline
func grow3(n int) {
	var s []e3
	for i := 0; i < n; i++ {
		s = append(s, e3{byte(i)})
		fmt.Print(cap(s), " ")
	}
	fmt.Println("| 3")
}

//go:noinline
func grow5(n int) {
	var s []e5
	for i := 0; i < n; i++ {
		s = append(s, e5{byte(i)})
		fmt.Print(cap(s), " ")
	}
	fmt.Println("| 5")
}

//go:noinline
func grow12(n int) {
	var s []e12
	for i := 0; i < n; i++ {
		s = append(s, e12{byte(i)})
		fmt.Print(cap(s), " ")
	}
	fmt.Println("| 12")
}

//go:noinline
func grow16(n int) {
	var s []string
	for i := 0; i < n; i++ {
		s = append(s, "s")
		fmt.Print(cap(s), " ")
	}
	fmt.Println("| 16")
}

//go:noinline
func grow24(n int) {
	var s []e24
	for i := 0; i < n; i++ {
		s = append(s, e24{int64(i)})
		fmt.Print(cap(s), " ")
	}
	fmt.Println("| 24")
}

//go:noinline
func grow32(n int) {
	var s []e32
	for i := 0; i < n; i++ {
		s = append(s, e32{int64(i)})
		fmt.Print(cap(s), " ")
	}
	fmt.Println("| 32")
}

//go:noinline
func grow40(n int) {
	var s []e40
	for i := 0; i < n; i++ {
		s = append(s, e40{int64(i)})
		fmt.Print(cap(s), " ")
	}
	fmt.Println("| 40")
}

//go:noinline
func makes(n int) {
	a := make([]byte, n)
	b := make([]int32, n)
	c := make([]int64, n)
	d := make([]e24, n)
	e := make([]e40, n)
	f := make([]int64, 0, n)
	a[0], b[0], c[0], d[0][0], e[0][0] = 1, 1, 1, 1, 1
	f = append(f, 1)
	fmt.Println(n, cap(a), cap(b), cap(c), cap(d), cap(e), cap(f))
	c = append(c, 2)
	a = append(a, 2)
	fmt.Println(n, cap(a), cap(c))
}

//go:noinline
func constMake() {
	a := make([]int64, 3)
	b := make([]byte, 0, 5)
	a = append(a, 1)
	b = append(b, "abcdef"...)
	fmt.Println(cap(a), cap(b))
}

//go:noinline
func conversions(s string) {
	b := []byte(s)
	r := []rune(s)
	b = append(b, '!')
	r = append(r, '!')
	fmt.Println(len(s), cap(b), cap(r), string(b[:1]), string(r[:1]))
}

//go:noinline
func literal() {
	s := []int{1, 2, 3}
	s = append(s, 4)
	t := []byte{}
	t = append(t, 'x')
	fmt.Println(cap(s), cap(t), s[3], t[0])
}

func main() {
	grow1(40)
	grow3(15)
	grow5(10)
	grow12(5)
	grow16(5)
	grow24(4)
	grow32(4)
	grow40(4)
	for _, n := range []int{1, 2, 4, 5, 8, 9, 32, 33} {
		makes(n)
	}
	constMake()
	conversions("héllo")
	conversions("a string with more than thirty-two bytes in it")
	conversions("ab")
	literal()
}
