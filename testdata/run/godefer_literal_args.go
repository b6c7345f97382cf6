package main

// go and defer build slice, array and struct literal arguments in the
// wrapper, as gc's normalizeGoDeferCall does: only the literal's
// elements are evaluated at the statement, in gc's order (the calls
// among all captured operands first, then the others, left to right).
// Other arguments (map literals, &T{...}, conversions to interfaces) are
// evaluated at the statement as a whole.

import "fmt"

type P struct{ a, b int }

type Q struct {
	p  P
	s  []int
	ar [2]string
}

var x = 1

func bump() int {
	x++
	return 100
}

func ints(s []int)            { fmt.Println("ints", s) }
func arr(a [3]int)            { fmt.Println("arr", a) }
func pair(p P)                { fmt.Println("pair", p) }
func nested(q Q)              { fmt.Println("nested", q) }
func grid(g [][]int)          { fmt.Println("grid", g) }
func anyv(v any)              { fmt.Println("any", v) }
func ptr(p *P)                { fmt.Println("ptr", *p) }
func mapv(m map[string]int)   { fmt.Println("map", m["a"], m["b"]) }
func vari(pre int, s ...[]int) { fmt.Println("vari", pre, s) }
func two(s []int, p P)        { fmt.Println("two", s, p) }

type R struct{ n int }

func (r R) Show(s []int) { fmt.Println("show", r.n, s) }

func deferred() {
	x = 1
	defer ints([]int{x, bump(), x})
	defer arr([3]int{x, bump(), 7})
	defer pair(P{a: x, b: bump()})
	defer pair(P{b: x, a: bump()})
	defer nested(Q{p: P{x, bump()}, s: []int{x}, ar: [2]string{"k", fmt.Sprint(x)}})
	defer grid([][]int{{x}, {bump(), x}})
	defer anyv([]int{x, 1})
	defer ptr(&P{x, 2})
	defer mapv(map[string]int{"a": x, "b": bump()})
	defer vari(x, []int{x}, []int{bump()})
	defer two([]int{x}, P{bump(), x})
	r := R{x}
	defer r.Show([]int{x, bump()})
	defer ints(([]int{x, bump()}))
	defer ints([]int{x + 1, bump() + x})
	fmt.Println("x at return", x)
}

func started() {
	x = 1
	done := make(chan bool)
	show := func(s []int, p P) {
		fmt.Println("go", s, p)
		done <- true
	}
	go show([]int{x, bump()}, P{x, bump()})
	<-done
	go func(a [2]int) {
		fmt.Println("go arr", a)
		done <- true
	}([2]int{x, bump()})
	<-done
}

func main() {
	deferred()
	started()
	// The elements are evaluated once, at the statement: the literal the
	// wrapper builds does not see later changes.
	func() {
		y := 1
		defer ints([]int{y, y * 10})
		y = 2
		defer ints([]int{y, y * 10})
		y = 3
	}()
	// Builtins too: copy's source literal is built in the wrapper.
	buf := make([]int, 3)
	func() {
		x = 1
		defer copy(buf, []int{x, bump(), x})
	}()
	fmt.Println("copy", buf)
	// In a loop: each iteration's elements.
	func() {
		for i := 0; i < 3; i++ {
			defer pair(P{i, i * i})
		}
	}()
}
