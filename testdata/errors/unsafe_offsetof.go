package main

import "unsafe"

type T struct {
	a int8
	b int64
}

func (T) M() {}

type E struct {
	*T
	c int
}

type A struct{ x int }
type B struct{ x int }
type Amb struct {
	A
	B
}

func main() {
	var x T
	var e E
	var am Amb
	pp := &e
	ppp := &pp
	_ = unsafe.Offsetof(x)
	_ = unsafe.Offsetof(x.M)
	_ = unsafe.Offsetof(e.b)
	_ = unsafe.Offsetof(x.z)
	_ = unsafe.Offsetof(am.x)
	_ = unsafe.Offsetof(pp.c)
	_ = unsafe.Offsetof(ppp.c)
	_ = unsafe.Offsetof(T.M)
	_ = unsafe.Offsetof(undefinedVar.f)
}
