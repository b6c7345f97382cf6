package main

import "fmt"

var calls int

func t(name string) bool {
	calls++
	fmt.Print(name, " ")
	return true
}

func f(name string) bool {
	calls++
	fmt.Print(name, " ")
	return false
}

func main() {
	fmt.Println(f("a") && t("b"))
	fmt.Println(t("a") || f("b"))
	fmt.Println(t("a") && f("b") || t("c"))
	fmt.Println(!t("x"), calls)
	var b bool
	fmt.Println(b, !b, b == false, b != true)
	x := 3 > 2
	y := x && 1 == 2
	fmt.Println(x, y, x != y)
	fmt.Printf("%t %v\n", x, y)
}
