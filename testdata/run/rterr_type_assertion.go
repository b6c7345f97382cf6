package main

import "fmt"

type I interface{ M() }
type A struct{}

func (A) M() {}

type B struct{}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Println(name+":", e.Error())
		} else {
			fmt.Println(name + ": no panic")
		}
	}()
	f()
}

func main() {
	var x any = "hello"
	var nilAny any
	var i I = A{}
	var nilI I
	try("string to int", func() { _ = x.(int) })
	try("nil to string", func() { _ = nilAny.(string) })
	try("ok", func() { _ = x.(string) })
	try("iface concrete", func() { _ = i.(*A) })
	try("to interface missing method", func() { var b any = B{}; _ = b.(I) })
	try("nil iface to iface", func() { _ = nilI.(fmt.Stringer) })
	try("nil iface to concrete", func() { _ = nilI.(A) })
	try("named types", func() { var v any = []int{1}; _ = v.([]string) })
}
