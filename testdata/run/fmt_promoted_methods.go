package main

import "fmt"

// Methods promoted from embedded fields count for fmt: String, Error,
// GoString and Format.

type Name struct{ s string }

func (n Name) String() string { return "Name(" + n.s + ")" }

type Person struct {
	Name
	Age int
}

type Code int

func (c Code) GoString() string { return fmt.Sprintf("Code(%d)", int(c)) }

type Tagged struct {
	Code
	Tag string
}

type Money struct{ cents int }

func (m Money) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "$%d.%02d", m.cents/100, m.cents%100) }

type Price struct {
	*Money
	Item string
}

type Failure struct{ msg string }

func (f *Failure) Error() string { return "failure: " + f.msg }

type Op struct {
	*Failure
	Step int
}

type Plain struct {
	Name string
	N    int
}

func main() {
	p := Person{Name{"ann"}, 30}
	fmt.Println(p, &p)
	fmt.Printf("%v %s %+v %#v\n", p, p, p, p)
	t := Tagged{7, "x"}
	fmt.Printf("%v %#v\n", t, t)
	pr := Price{&Money{1234}, "book"}
	fmt.Printf("%v %d %#v\n", pr, pr, pr)
	op := Op{&Failure{"disk"}, 2}
	fmt.Println(op)
	var err error = op
	fmt.Println(err)
	fmt.Printf("%v %+v\n", Plain{"p", 1}, []Plain{{"q", 2}})
}
