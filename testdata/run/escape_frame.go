// Allocations that do not escape live in the frame of the function that
// executes them, one slot per site reused by every iteration: each
// execution must still start from a zero value, copies captured by value
// must be taken when the closure is made, and pointers must alias the
// variable they point to.
package main

import "fmt"

type point struct{ x, y, z int }

type stringer interface{ String() string }

type temp [3]int

func (t temp) String() string { return fmt.Sprint(t[0], "/", t[1], "/", t[2]) }

//go:noinline
func apply(f func(int) int, v int) int { return f(v) }

//go:noinline
func describe(s stringer) string { return s.String() }

//go:noinline
func total(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

//go:noinline
func sumPoint(p *point) int { return p.x + p.y + p.z }

//go:noinline
func zeroed() {
	for i := 0; i < 3; i++ {
		p := new(point)
		q := &point{y: i}
		b := make([]int, 3)
		fmt.Print(sumPoint(p), sumPoint(q), b[0]+b[1]+b[2], " ")
		p.x, p.z = 9, 9
		q.x = 9
		b[0], b[1], b[2] = 1, 2, 3
	}
	fmt.Println()
}

//go:noinline
func buffers() {
	for i := 0; i < 3; i++ {
		var s []int
		s = append(s, i)
		s = append(s, i*2)
		fmt.Print(s, " ")
	}
	fmt.Println()
}

//go:noinline
func byValue(n int) int {
	k := n * 2
	name := "v"
	f := func(a int) int { return a + k + len(name) }
	return apply(f, 1) + apply(f, 2)
}

//go:noinline
func byValueInLoop() {
	for i := 0; i < 3; i++ {
		j := i * 3
		fmt.Print(apply(func(a int) int { return a + j }, 100), " ")
	}
	fmt.Println()
}

//go:noinline
func byReference() int {
	count := 0
	f := func(a int) int { count += a; return count }
	apply(f, 3)
	apply(f, 4)
	return count
}

//go:noinline
func addressTaken() (int, string) {
	x := 1
	p := &x
	*p = 5
	s := "a"
	ps := &s
	*ps += "b"
	x++
	return *p, s
}

//go:noinline
func deferred(n int) (out int) {
	defer func() { out += n * 100 }()
	m := n + 1
	defer func() { out += m }()
	return 1
}

//go:noinline
func boxes() {
	for i := 0; i < 3; i++ {
		t := temp{i, i + 1, i + 2}
		fmt.Print(describe(t), " ")
	}
	fmt.Println()
}

//go:noinline
func variadic() {
	for i := 0; i < 3; i++ {
		fmt.Print(total(i, i, i), " ")
	}
	fmt.Println(total())
}

//go:noinline
func nested(n int) int {
	a := n + 1
	outer := func() int {
		inner := func() int { return a * 10 }
		return apply(func(v int) int { return v + inner() }, 1)
	}
	return outer()
}

//go:noinline
func conversions(s string) {
	b := []byte(s)
	b[0] = 'X'
	r := []rune(s)
	r[0] = 'Y'
	fmt.Println(string(b), string(r), s, len(b), len(r))
}

func main() {
	zeroed()
	buffers()
	fmt.Println(byValue(3), byReference())
	byValueInLoop()
	fmt.Println(addressTaken())
	fmt.Println(deferred(7))
	boxes()
	variadic()
	fmt.Println(nested(4))
	conversions("héllo")
}
