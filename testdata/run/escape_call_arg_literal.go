package main

import (
	"fmt"
	"unsafe"
)

// gc's rewriteWithLiterals: a variable statically holding a constant,
// converted to an interface, is replaced by the constant; -m prints the
// call with it. Static values look through unsafe's word conversions.

func show(x any) string { return fmt.Sprint(x) }

func pair(a int, b any) int { return a + len(fmt.Sprint(b)) }

func main() {
	n := 5000
	fmt.Println(show(n), pair(n, n))
	s := "text"
	fmt.Println(show(s))
	q := unsafe.Pointer(uintptr(12345))
	fmt.Println(show(uintptr(q)), uintptr(q) == 12345)
	u := uintptr(q)
	fmt.Println(show(u), u)
}
