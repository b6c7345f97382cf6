package main

import "unsafe"

type T struct{ a, b int }

type U struct {
	T
	c int
}

func main() {
	var u U
	_ = unsafe.Offsetof(T.b)
	_ = unsafe.Offsetof(u.T.b)
	_ = unsafe.Offsetof(u.b)
	_ = unsafe.Offsetof(u)
	_ = unsafe.Offsetof(u.T.M)
	var i interface{ M() }
	_ = unsafe.Offsetof(i.M)
	var x int8 = unsafe.Sizeof(u)
	_ = x
}
