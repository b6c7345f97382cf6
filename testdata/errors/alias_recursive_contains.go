// An alias used inside its own target without indirection: the defined
// type contains itself (gc reports it at the defined type), and an alias
// that names itself inside its own target.
package main

type A = B
type B struct{ a A }

type C = struct{ d D }
type D struct{ c C }

type E = struct {
	f *F
	e *E
}
type F struct{ e E }

func main() {
	var b B
	var d D
	var f F
	_, _, _ = b, d, f
}
