// Closures capture by value only a variable never reassigned (nor
// address-taken) after its declaration; every other capture shares the
// variable. Each case assigns the variable after the capture in a
// different way and checks that the closure sees it.
package main

import "fmt"

//go:noinline
func bodyAssigns() {
	for i := 0; i < 30; i++ {
		f := func() int { return i }
		i += 10
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

//go:noinline
func postOnly() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	return fs
}

//go:noinline
func postOnlyLocal() {
	for i := 0; i < 3; i++ {
		f := func() int { return i * 2 }
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

//go:noinline
func assignedInOtherClosure() int {
	x := 1
	get := func() int { return x }
	set := func(v int) { x = v }
	set(5)
	return get()
}

//go:noinline
func assignedBeforeCapture() int {
	x := 1
	x = 2
	get := func() int { return x }
	return get()
}

//go:noinline
func multiAssign() (int, int) {
	a, b := 1, 2
	f := func() int { return a + b }
	a, b = b, a
	return f(), a
}

//go:noinline
func rangeVar() {
	for i, v := range []int{10, 20, 30} {
		f := func() int { return i + v }
		v++
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

//go:noinline
func incDec() int {
	n := 0
	f := func() int { return n }
	n++
	return f()
}

//go:noinline
func ptrAssign() int {
	n := 0
	f := func() int { return n }
	p := &n
	*p = 9
	return f()
}

//go:noinline
func opAssign() int {
	n := 3
	f := func() int { return n }
	n *= 4
	return f()
}

//go:noinline
func namedResult() (r int) {
	f := func() int { return r }
	r = 7
	return f()
}

//go:noinline
func param(v int) int {
	f := func() int { return v }
	v = 11
	return f()
}

//go:noinline
func typeSwitchVar(x any) int {
	switch t := x.(type) {
	case int:
		f := func() int { return t }
		t = 100
		return f()
	}
	return -1
}

//go:noinline
func methodPtr() int {
	var c counter
	f := func() int { return c.n }
	c.inc()
	return f()
}

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

//go:noinline
func arrayElem() int {
	var a [3]int
	f := func() int { return a[1] }
	a[1] = 8
	return f()
}

//go:noinline
func sliceOfArray() int {
	var a [3]int
	f := func() int { return a[2] }
	s := a[:]
	s[2] = 6
	return f()
}

//go:noinline
func structField() int {
	var s struct{ x, y int }
	f := func() int { return s.y }
	s.y = 4
	return f()
}

//go:noinline
func selectRecv() int {
	c := make(chan int, 1)
	c <- 3
	v := 0
	f := func() int { return v }
	select {
	case v = <-c:
	}
	return f()
}

//go:noinline
func rangeAssign() int {
	k := 0
	f := func() int { return k }
	for k = range 5 {
	}
	return f()
}

func main() {
	bodyAssigns()
	for _, f := range postOnly() {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	postOnlyLocal()
	fmt.Println(assignedInOtherClosure(), assignedBeforeCapture())
	fmt.Println(multiAssign())
	rangeVar()
	fmt.Println(incDec(), ptrAssign(), opAssign(), namedResult(), param(1), typeSwitchVar(3))
	fmt.Println(methodPtr(), arrayElem(), sliceOfArray(), structField(), selectRecv(), rangeAssign())
}
