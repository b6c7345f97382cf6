// Interface boxes of implicit conversions (var declarations, assignments,
// returns, slice-literal elements, map stores, fields) live in the frame
// only when they do not escape: boxes kept in globals, maps, results or a
// variable declared before a loop must survive, local ones need not.
package main

import "fmt"

type pair struct{ a, b int }
type myErr struct{ code [3]int }

func (e myErr) Error() string { return fmt.Sprint("err", e.code[0]) }

var global any
var globals []any
var gerr error
var m = map[int]any{}

//go:noinline
func churn() {
	var keep [][]byte
	for i := 0; i < 2000; i++ {
		b := make([]byte, 64+i%300)
		for j := range b {
			b[j] = 0x44
		}
		if i%5 == 0 {
			keep = append(keep, b)
		}
	}
	_ = keep
}

//go:noinline
func varDecl(v int) {
	var a any = []int{v, v}
	global = a
}

//go:noinline
func define(v int) {
	p := pair{v, -v}
	var a any
	a = p
	globals = append(globals, a)
}

//go:noinline
func ret(v int) any { return [3]int{v, v, v} }

//go:noinline
func retErr(v int) error {
	e := myErr{code: [3]int{v}}
	return e
}

//go:noinline
func sliceElems(v int) []any {
	p := pair{v, v}
	s := []any{p, [2]int{v, v}, fmt.Sprint(v)}
	return s
}

//go:noinline
func loopPrev() any {
	var prev any
	for i := 0; i < 4; i++ {
		var a any = pair{i, i}
		if prev != nil && prev.(pair).a != i-1 {
			return "bad"
		}
		prev = a
	}
	return prev
}

//go:noinline
func mapStore(v int) {
	m[v] = pair{v, 2 * v}
}

//go:noinline
func localOnly(v int) int {
	var a any = pair{v, v}
	var b any
	b = [2]int{v, 1}
	x, y := any(v), any(pair{1, 2})
	return a.(pair).a + b.([2]int)[1] + x.(int) + y.(pair).b
}

//go:noinline
func multi(v int) (any, any) {
	a, b := any(pair{v, v}), any([2]int{v, v})
	return a, b
}

//go:noinline
func structField(v int) *struct{ x any } {
	s := &struct{ x any }{}
	s.x = pair{v, v}
	return s
}

func main() {
	varDecl(1)
	define(2)
	define(3)
	r := ret(4)
	e := retErr(5)
	gerr = retErr(6)
	se := sliceElems(7)
	lp := loopPrev()
	mapStore(8)
	mapStore(9)
	lo := localOnly(10)
	a, b := multi(11)
	sf := structField(12)
	churn()
	churn()
	fmt.Println(global, globals, r, e, gerr, se, lp, m, lo, a, b, sf.x)
}
