package main

import (
	"errors"
	"fmt"
)

// Panics in String, Error and GoString methods are recovered by fmt and
// printed as %!verb(PANIC=Method method: value); a nil pointer receiver
// prints <nil>.

type S struct{ n int }

func (s S) String() string { panic(fmt.Sprintf("S%d", s.n)) }

type E struct{}

func (E) Error() string { panic(errors.New("inner error")) }

type P struct{ name string }

func (p *P) String() string { return "P:" + p.name } // nil p: nil dereference

type V struct{ x int }

func (v V) String() string { return fmt.Sprint("V", v.x) } // value method via nil *V

type G struct{}

func (G) GoString() string { panic(42) }

type Wrap struct {
	A S
	B int
}

func main() {
	fmt.Println(S{1})
	fmt.Printf("%s|%v|%q|%x|%d\n", S{2}, S{3}, S{4}, S{5}, S{6})
	fmt.Printf("[%10v] [%-8s]\n", S{7}, S{8})
	fmt.Println(E{})
	fmt.Printf("%v\n", error(E{}))
	var p *P
	fmt.Println(p)
	fmt.Printf("[%8v] [%s]\n", p, p)
	fmt.Println(&P{"ok"})
	var v *V
	fmt.Println(v, V{3})
	fmt.Printf("%#v\n", G{})
	fmt.Printf("%v\n", G{})
	fmt.Println(Wrap{S{9}, 1})
	fmt.Println([]S{{10}, {11}})
	fmt.Println(map[string]S{"k": {12}})
	s := fmt.Sprint(S{13}, "after")
	fmt.Println(len(s), s)
	err := fmt.Errorf("wrapped: %w", E{})
	fmt.Println(errors.Unwrap(err) == E{})
	fmt.Println("still running")
}
