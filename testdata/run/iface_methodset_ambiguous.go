package main

import (
	"errors"
	"fmt"
)

type A struct{}

func (A) String() string { return "A" }
func (A) M()             {}

type B struct{}

func (B) String() string { return "B" }
func (B) M()             {}
func (B) N()             {}

// C has no String and no M: both are ambiguous at depth 1.
type C struct {
	A
	B
	n int
}

// D embeds C; the ambiguity at depth 2 stays.
type D struct{ C }

// E's own String at depth 0 wins over the ambiguous pair.
type E struct {
	A
	B
}

func (E) String() string { return "E" }

// F: A at depth 1 shadows B at depth 2.
type F struct {
	A
	G
}

type G struct{ B }

// H: a field named String at depth 1 hides A's method at depth 2.
type H struct {
	S
	I
}

type S struct{ String int }

type I struct{ A }

// The same type embedded twice at one depth is ambiguous too.
type X struct{ A }
type Y struct{ A }
type Z struct {
	X
	Y
}

type ErrA struct{}

func (ErrA) Error() string { return "errA" }

type ErrB struct{}

func (ErrB) Error() string { return "errB" }

type Errs struct {
	ErrA
	ErrB
}

type Ms interface{ M() }
type MN interface {
	M()
	N()
}

func check(name string, v any) {
	_, s := v.(fmt.Stringer)
	_, m := v.(interface{ M() })
	_, mn := v.(MN)
	_, n := v.(interface{ N() })
	_, e := v.(error)
	fmt.Println(name, "Stringer", s, "M", m, "MN", mn, "N", n, "error", e)
	switch v.(type) {
	case fmt.Stringer:
		fmt.Println("  switch: Stringer")
	case Ms:
		fmt.Println("  switch: Ms")
	case error:
		fmt.Println("  switch: error")
	default:
		fmt.Println("  switch: default")
	}
}

func main() {
	check("C", C{n: 1})
	check("*C", &C{})
	check("D", D{})
	check("E", E{})
	check("F", F{})
	check("H", H{})
	check("Z", Z{})
	check("Errs", Errs{})
	check("struct{A;B}", struct {
		A
		B
	}{})
	check("struct{A}", struct{ A }{})

	fmt.Println(C{n: 1})
	fmt.Printf("%v %+v %s\n", C{n: 2}, C{n: 3}, C{n: 4})
	fmt.Println(&C{n: 5})
	fmt.Println(D{C{n: 6}})
	fmt.Println(E{}, F{}, H{S{7}, I{}}, Z{})
	fmt.Println(Errs{})
	fmt.Println(struct{ A }{}, struct {
		A
		B
	}{})
	var err error = ErrA{}
	fmt.Println(errors.Is(err, ErrA{}), err)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var v any = C{}
	_ = v.(Ms)
}
