// After an invalid recursive type, gc (types2) keeps checking and reports
// the later errors, but none of the follow-on errors about the invalid
// type: selectors on it, literals of it, and operations whose message
// describes an operand "of invalid type".
package main

type T struct {
	a [2]T
	n int
}

func (t T) M() int { return t.n + t.q }

func f(T) {}

func main() {
	var t T
	var q int
	t.zz()
	_ = T{n: "a", b: 2}
	_ = t[0]
	t()
	for range t {
	}
	_ = len(t)
	_ = t + t
	_ = -t
	q = t
	_ = int(t)
	_ = *t
	var i any = t
	_ = i.(T).n
	p := &t
	p.n = 1
	_ = t < t
	t = q
	f(1)
	undefinedAfter()
}
