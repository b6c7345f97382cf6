// A cycle of struct types containing each other: gc names every step of
// the cycle, from the type declared first, and invalidates only that
// type, so the others still report their own errors.
package main

type W struct{ u U }

type U struct {
	v V
	n int
}

type V struct {
	x [1]X
	m int
}

type X struct{ u U }

func main() {
	var u U
	u.n = 1
	u.z = 2
	var v V
	v.q = 1
	v.m = "s"
	var w W
	_ = w
	missing()
}
