package main

type A struct{ x int }
type B struct{ x int }

func main() {
	a, b := A{1}, B{1}
	println(a == b)
}
