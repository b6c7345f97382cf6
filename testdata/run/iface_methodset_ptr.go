package main

import "fmt"

type A struct{ v int }

func (A) Val() string     { return "A.Val" }
func (*A) Ptr() string    { return "A.Ptr" }
func (a A) String() string { return fmt.Sprint("A", a.v) }

// T's own String has a pointer receiver: T's method set has no String,
// and A's value String at depth 1 is shadowed (not promoted).
type T struct{ A }

func (*T) String() string { return "*T" }

// P embeds *A: P and *P both get A's pointer methods.
type P struct{ *A }

// V embeds A by value: only *V gets Ptr.
type V struct{ A }

// An embedded interface promotes its methods to W and *W.
type Walker interface {
	Walk() string
	String() string
}

type robot struct{ name string }

func (r robot) Walk() string   { return r.name + " walks" }
func (r robot) String() string { return "robot " + r.name }

type W struct {
	Walker
	id int
}

// Depth: W2's own Walk beats the embedded interface's.
type W2 struct{ Walker }

func (W2) Walk() string { return "W2 walks" }

type Valer interface{ Val() string }
type Ptrer interface{ Ptr() string }
type Both interface {
	Ptr() string
	Val() string
}

func check(name string, v any) {
	_, val := v.(Valer)
	_, ptr := v.(Ptrer)
	_, both := v.(Both)
	_, s := v.(fmt.Stringer)
	_, w := v.(interface{ Walk() string })
	fmt.Println(name, "Val", val, "Ptr", ptr, "Both", both, "Stringer", s, "Walk", w)
	if b, ok := v.(Both); ok {
		fmt.Println("  ", b.Val(), b.Ptr())
	}
	if x, ok := v.(interface{ Walk() string }); ok {
		fmt.Println("  ", x.Walk())
	}
}

func main() {
	check("A", A{1})
	check("*A", &A{2})
	check("T", T{A{3}})
	check("*T", &T{A{4}})
	check("P", P{&A{5}})
	check("*P", &P{&A{6}})
	check("V", V{A{7}})
	check("*V", &V{A{8}})
	check("W", W{robot{"r2"}, 9})
	check("*W", &W{robot{"d2"}, 10})
	check("W2", W2{robot{"c3"}})

	fmt.Println(A{1}, &A{2})
	fmt.Println(T{A{3}}, &T{A{4}})
	fmt.Println(P{&A{5}}, V{A{7}}, &V{A{8}})
	fmt.Println(W{robot{"r2"}, 9}, &W{robot{"d2"}, 10}, W2{robot{"c3"}})
	fmt.Printf("%v|%s|%+v\n", T{A{11}}, T{A{12}}, T{A{13}})
	var nilw W
	fmt.Println(nilw.Walker == nil)
	switch x := any(T{A{14}}).(type) {
	case fmt.Stringer:
		fmt.Println("Stringer", x)
	case Valer:
		fmt.Println("Valer", x.Val())
	}
	switch x := any(&T{A{15}}).(type) {
	case fmt.Stringer:
		fmt.Println("Stringer", x)
	case Valer:
		fmt.Println("Valer", x.Val())
	}
}
