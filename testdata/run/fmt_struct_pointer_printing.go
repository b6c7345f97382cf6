package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	In    Inner
	PIn   *Inner
	List  []Inner
	M     map[string]int
	Iface any
	priv  bool
}

func main() {
	o := Outer{In: Inner{1, "x"}, List: []Inner{{2, "y"}}, M: map[string]int{"k": 1}, Iface: Inner{3, "z"}}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", o)
	p := &Inner{4, "w"}
	fmt.Printf("%v %+v %#v\n", p, p, p)
	pp := &p
	fmt.Println(**pp)
	var nilp *Inner
	fmt.Printf("%v %+v %#v\n", nilp, nilp, nilp)
	ps := []*Inner{nil}
	fmt.Println(len(ps), ps[0] == nil)
	fmt.Println([]Inner{{1, "a"}, {2, "b"}}, [2]Inner{})
	fmt.Printf("%#v\n", []any{1, "s", nil, 2.5, Inner{}})
	fmt.Printf("%v|%d|%s\n", []string{"a", "b"}, []int{1, 2}, []string{"c"})
	fmt.Printf("%x %X % x %q\n", "hello", []byte("hi"), "abc", []string{"a\tb", "c"})
}
