package main

import "fmt"

type T struct{ a int }

func (T) _()              {}
func (*T) _()             {}
func (t T) String() string { return fmt.Sprint("T", t.a) }

type I interface{ String() string }

func _() {}
func _() { panic("never") }

func main() {
	var x any = T{1}
	fmt.Println(x)
	var i I = &T{2}
	fmt.Println(i.String())
	fmt.Printf("%v %+v\n", T{3}, &T{4})
}
