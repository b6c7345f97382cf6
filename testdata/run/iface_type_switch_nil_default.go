package main

import "fmt"

type I interface{ M() }
type A struct{}

func (*A) M() {}

func kind(i I) string {
	switch i.(type) {
	case nil:
		return "nil interface"
	case *A:
		return "*A"
	}
	return "unreachable"
}

func main() {
	var i I
	fmt.Println(kind(i))
	var a *A
	i = a
	fmt.Println(kind(i), i == nil, a == nil)
	i = &A{}
	fmt.Println(kind(i))
	var e any
	switch e.(type) {
	default:
		fmt.Println("default for nil without a nil case")
	case int:
		fmt.Println("int")
	}
}
