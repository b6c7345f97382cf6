// A composite literal of a type inside that type's own array length: the
// type is still being declared (gc finds the cycle when it needs the
// literal's underlying type), directly, through a second type, or
// through a field selector.
package main

type L [len(L{})]int

type P [len(Q{})]int
type Q [len(P{})]int

type S struct {
	a [len(S{}.b)]int
	b [2]int
}

type N [2]int

type K [len(N{})]N

func main() {
	var l L
	var p P
	var s S
	var k K
	println(len(l))
	_, _, _ = p, s, k
	undefinedE()
}
